"""Agencies of the Wonosobo demo: real public bodies with their duties, contacts and service hours."""

_JAM_PEMKAB = "Senin–Kamis 07.30–16.00, Jumat 07.30–11.00"

AGENCIES: list[dict] = [
    # ------------------------------------------------------------------ perangkat daerah
    {
        "slug": "diskominfo",
        "name": "Dinas Komunikasi dan Informatika Kabupaten Wonosobo",
        "short_name": "Diskominfo",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Mengelola kanal pengaduan masyarakat Kabupaten Wonosobo (SP4N-LAPOR!) dan "
            "meneruskan aduan warga ke perangkat daerah atau instansi yang berwenang. "
            "Menjadi PPID utama untuk permohonan informasi publik, mengelola website dan "
            "media sosial resmi Pemkab, serta meluruskan hoaks yang beredar di masyarakat. "
            "Menangani gangguan layanan wifi publik di balai desa dan taman kota, aplikasi "
            "layanan pemerintah yang error atau tidak bisa diakses, persandian, statistik "
            "sektoral, dan usulan penanganan wilayah blank spot sinyal seluler."
        ),
        "phone": "(0286) 321345",
        "email": "diskominfo@wonosobokab.go.id",
        "website": "https://diskominfo.wonosobokab.go.id",
        "address": "Jl. Sabuk Alu No. 2A, Wonosobo Timur, Wonosobo 56317",
        "service_hours": _JAM_PEMKAB + "; pengaduan daring diterima 24 jam",
    },
    {
        "slug": "dpupr",
        "name": "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Wonosobo",
        "short_name": "DPUPR",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Membangun dan memelihara jalan serta jembatan kabupaten: jalan rusak, berlubang, "
            "ambles atau retak, aspal mengelupas, jembatan putus atau lapuk, talud dan bahu "
            "jalan longsor. Mengurus drainase dan gorong-gorong tersumbat, genangan di badan "
            "jalan, saluran irigasi dan bendung yang jebol. Menangani tata ruang, KKPR, "
            "Persetujuan Bangunan Gedung (PBG, dulu IMB) dan SLF, jasa konstruksi, serta "
            "proyek fisik yang mangkrak atau hasilnya cepat rusak."
        ),
        "phone": "(0286) 321427",
        "email": "dpupr@wonosobokab.go.id",
        "website": "https://dpupr.wonosobokab.go.id",
        "address": "Jl. Soekarno-Hatta No. 4, Wonosobo 56311",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "dinkes",
        "name": "Dinas Kesehatan Kabupaten Wonosobo",
        "short_name": "Dinkes",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Membina puskesmas, posyandu dan bidan desa, serta menyelenggarakan program "
            "kesehatan masyarakat: imunisasi, gizi buruk dan stunting, demam berdarah (PSN "
            "dan fogging), TBC, HIV, kesehatan ibu dan anak. Mengurus jaminan kesehatan "
            "daerah dan usulan peserta JKN yang iurannya ditanggung APBD, ambulans gawat "
            "darurat PSC 119, izin praktik tenaga kesehatan, klinik dan apotek, serta "
            "sertifikat PIRT untuk pangan olahan rumahan."
        ),
        "phone": "(0286) 321052",
        "email": "dinkes@wonosobokab.go.id",
        "website": "https://dinkes.wonosobokab.go.id",
        "address": "Jl. Sabuk Alu No. 1, Wonosobo Timur, Wonosobo 56317",
        "service_hours": _JAM_PEMKAB + "; PSC 119 siaga 24 jam",
    },
    {
        "slug": "rsud-setjonegoro",
        "name": "RSUD KRT Setjonegoro Kabupaten Wonosobo",
        "short_name": "RSUD Setjonegoro",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Rumah sakit rujukan milik Pemkab Wonosobo yang melayani IGD, rawat jalan di "
            "poliklinik spesialis, rawat inap, ICU, persalinan dan cuci darah. Aduan yang "
            "ditangani antara lain antrean pendaftaran pasien BPJS yang lama, kamar rawat "
            "penuh, sikap dokter atau perawat, obat kosong di farmasi rumah sakit, biaya "
            "pasien umum, rekam medis, surat keterangan sakit dan pemulangan jenazah."
        ),
        "phone": "(0286) 321091",
        "email": "rsud@wonosobokab.go.id",
        "website": "https://rsud.wonosobokab.go.id",
        "address": "Jl. RSU No. 1, Kalianget, Wonosobo 56319",
        "service_hours": (
            "IGD 24 jam; pendaftaran rawat jalan Senin–Kamis 07.00–12.00, "
            "Jumat 07.00–10.00, Sabtu 07.00–11.00"
        ),
    },
    {
        "slug": "puskesmas-kertek-1",
        "name": "UPTD Puskesmas Kertek 1",
        "short_name": "Puskesmas Kertek 1",
        "kind": "perangkat_daerah",
        "parent": "dinkes",
        "region": None,
        "duties": (
            "Layanan kesehatan tingkat pertama bagi warga di wilayah kerja Puskesmas Kertek 1: "
            "pemeriksaan umum, poli gigi, KIA dan KB, imunisasi, laboratorium sederhana dan "
            "rujukan peserta BPJS ke rumah sakit. Menangani keluhan antrean, jadwal dokter, "
            "ketersediaan obat, pelayanan bidan desa dan posyandu, serta laporan kasus demam "
            "berdarah atau diare di desa-desa sekitar Kertek."
        ),
        "phone": "(0286) 329015",
        "email": "pkm.kertek1@wonosobokab.go.id",
        "website": "",
        "address": "Jl. Raya Kertek–Wonosobo Km 5, Kertek, Wonosobo 56371",
        "service_hours": (
            "Pendaftaran Senin–Kamis 07.30–12.00, Jumat 07.30–10.00, Sabtu 07.30–11.00; "
            "UGD dan persalinan 24 jam"
        ),
    },
    {
        "slug": "disdikpora",
        "name": "Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Wonosobo",
        "short_name": "Disdikpora",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Mengurus PAUD, SD dan SMP: penerimaan murid baru (SPMB) dan zonasi, pungutan atau "
            "sumbangan sekolah, seragam, dana BOS, Program Indonesia Pintar (PIP), gedung "
            "sekolah rusak, guru honorer dan PPPK guru, serta surat keterangan pengganti "
            "ijazah SD/SMP yang hilang. Membina kepemudaan, organisasi olahraga dan GOR milik "
            "daerah. Urusan SMA, SMK dan SLB menjadi kewenangan Provinsi Jawa Tengah."
        ),
        "phone": "(0286) 321148",
        "email": "disdikpora@wonosobokab.go.id",
        "website": "https://disdikpora.wonosobokab.go.id",
        "address": "Jl. Pemuda No. 4, Wonosobo Barat, Wonosobo 56311",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "disdukcapil",
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Wonosobo",
        "short_name": "Disdukcapil",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Melayani dokumen kependudukan: perekaman dan pencetakan KTP-el, Kartu Keluarga, "
            "Kartu Identitas Anak, akta kelahiran, akta kematian, akta perkawinan dan "
            "perceraian non-muslim, surat pindah datang, serta aktivasi Identitas "
            "Kependudukan Digital (IKD). Menangani blangko KTP habis, NIK ganda atau tidak "
            "terdaftar saat mengurus BPJS dan bansos, perubahan data, legalisir, dan perekaman "
            "jemput bola untuk lansia, difabel dan warga yang sakit."
        ),
        "phone": "(0286) 325678",
        "email": "dukcapil@wonosobokab.go.id",
        "website": "https://dukcapil.wonosobokab.go.id",
        "address": "Jl. T. Jogonegoro No. 7, Wonosobo 56311",
        "service_hours": "Loket Senin–Kamis 08.00–15.00, Jumat 08.00–11.00",
    },
    {
        "slug": "dlh",
        "name": "Dinas Lingkungan Hidup Kabupaten Wonosobo",
        "short_name": "DLH",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Mengurus persampahan: sampah menumpuk di TPS, TPS liar, jadwal truk pengangkut "
            "sampah, TPA, bank sampah dan retribusi sampah. Menerima laporan "
            "pencemaran sungai dan air tanah oleh limbah pabrik, peternakan atau usaha "
            "tahu, bau menyengat, asap pembakaran sampah, serta kerusakan lingkungan akibat "
            "penambangan pasir dan batu. Mengelola ruang terbuka hijau dan pohon perindang "
            "kota, serta dokumen lingkungan AMDAL dan UKL-UPL."
        ),
        "phone": "(0286) 321753",
        "email": "dlh@wonosobokab.go.id",
        "website": "https://dlh.wonosobokab.go.id",
        "address": "Jl. Mayjend Bambang Sugeng Km 2, Mendolo, Wonosobo 56319",
        "service_hours": _JAM_PEMKAB + "; pengangkutan sampah setiap hari mulai 05.00",
    },
    {
        "slug": "disperkimhub",
        "name": "Dinas Perumahan, Kawasan Permukiman dan Perhubungan Kabupaten Wonosobo",
        "short_name": "Disperkimhub",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Urusan perhubungan: lampu penerangan jalan umum (PJU) mati, lampu lalu lintas "
            "rusak, rambu dan marka jalan, parkir liar dan juru parkir yang menarik tarif "
            "berlebih, angkutan perdesaan, halte, uji KIR, serta truk bermuatan lebih. Urusan "
            "perumahan dan permukiman: bantuan rumah tidak layak huni (RTLH), prasarana "
            "perumahan dari pengembang yang belum diserahkan, kawasan kumuh, dan tempat "
            "pemakaman umum."
        ),
        "phone": "(0286) 321204",
        "email": "disperkimhub@wonosobokab.go.id",
        "website": "https://disperkimhub.wonosobokab.go.id",
        "address": "Jl. Soekarno-Hatta No. 6, Wonosobo 56311",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "dinsos-pmd",
        "name": "Dinas Sosial, Pemberdayaan Masyarakat dan Desa Kabupaten Wonosobo",
        "short_name": "Dinsos PMD",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Mengurus bantuan sosial: PKH, bantuan sembako/BPNT, usulan dan sanggahan data "
            "penerima di DTSEN, usulan PBI JK (KIS gratis), bantuan yang tidak tepat sasaran "
            "atau dipotong oknum. Menangani lansia terlantar, ODGJ yang menggelandang, anak "
            "jalanan, pengemis dan penyandang disabilitas. Membina pemerintahan desa: "
            "pengelolaan Dana Desa dan ADD, BUMDes, pengisian perangkat desa dan pilkades."
        ),
        "phone": "(0286) 321239",
        "email": "dinsospmd@wonosobokab.go.id",
        "website": "https://dinsospmd.wonosobokab.go.id",
        "address": "Jl. T. Jogonegoro No. 3, Wonosobo 56311",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "dppkbpppa",
        "name": (
            "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
            "Perlindungan Anak Kabupaten Wonosobo"
        ),
        "short_name": "DPPKBPPPA",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Menangani kekerasan dalam rumah tangga, kekerasan seksual, perundungan dan "
            "penelantaran anak melalui pendampingan UPTD PPA, termasuk rumah aman dan "
            "konseling korban. Mencegah perkawinan anak dan memberi asesmen untuk dispensasi "
            "kawin. Melayani program keluarga berencana (KB gratis, pemasangan implan dan "
            "IUD), penyuluh KB, pendamping keluarga berisiko stunting, dan Kabupaten Layak Anak."
        ),
        "phone": "(0286) 323517",
        "email": "dppkbpppa@wonosobokab.go.id",
        "website": "https://dppkbpppa.wonosobokab.go.id",
        "address": "Jl. Sumbing No. 12, Wonosobo 56311",
        "service_hours": _JAM_PEMKAB + "; hotline pengaduan kekerasan 24 jam",
    },
    {
        "slug": "dpmptsp",
        "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Wonosobo",
        "short_name": "DPMPTSP",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Menerbitkan perizinan dan nonperizinan daerah: NIB dan izin usaha lewat OSS, "
            "permohonan PBG, izin reklame, izin praktik tenaga kesehatan, izin toko modern "
            "dan izin usaha pariwisata. Menerima keluhan izin yang lama diproses, syarat yang "
            "berbelit, pungutan di luar ketentuan, serta layanan di Mal Pelayanan Publik. "
            "Mendorong investasi dan mendampingi pelaku usaha yang mengalami kendala perizinan."
        ),
        "phone": "(0286) 325105",
        "email": "dpmptsp@wonosobokab.go.id",
        "website": "https://dpmptsp.wonosobokab.go.id",
        "address": "Jl. A. Yani No. 23, Wonosobo 56311",
        "service_hours": "Senin–Kamis 08.00–15.00, Jumat 08.00–11.00",
    },
    {
        "slug": "disdagkopukm",
        "name": "Dinas Perdagangan, Koperasi, Usaha Kecil dan Menengah Kabupaten Wonosobo",
        "short_name": "Disdagkopukm",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Mengelola pasar daerah seperti Pasar Induk Wonosobo dan Pasar Kertek: los dan "
            "kios, retribusi pasar, atap bocor, kebersihan dan keamanan pasar. Memantau harga "
            "bahan pokok, kelangkaan elpiji 3 kg dan minyak goreng, penyaluran pupuk di "
            "kios, serta tera ulang timbangan pedagang. Membina koperasi dan UMKM, termasuk "
            "aduan koperasi simpan pinjam bermasalah dan perlindungan konsumen."
        ),
        "phone": "(0286) 321566",
        "email": "disdagkopukm@wonosobokab.go.id",
        "website": "https://disdagkopukm.wonosobokab.go.id",
        "address": "Jl. A. Yani No. 2, Wonosobo 56311",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "disnakerintrans",
        "name": "Dinas Tenaga Kerja, Perindustrian dan Transmigrasi Kabupaten Wonosobo",
        "short_name": "Disnakerintrans",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Melayani kartu pencari kerja (kartu kuning/AK1), informasi lowongan dan bursa "
            "kerja, pelatihan keterampilan di BLK, serta rekomendasi paspor dan perlindungan "
            "pekerja migran Indonesia dari calo atau penyalur ilegal. Memediasi perselisihan "
            "hubungan industrial: PHK sepihak, gaji di bawah UMK, THR tidak dibayar, pekerja "
            "tidak didaftarkan BPJS Ketenagakerjaan. Membina industri kecil menengah dan "
            "mengurus pendaftaran transmigrasi."
        ),
        "phone": "(0286) 321643",
        "email": "disnakerintrans@wonosobokab.go.id",
        "website": "https://disnakerintrans.wonosobokab.go.id",
        "address": "Jl. T. Jogonegoro No. 11, Wonosobo 56311",
        "service_hours": "Senin–Kamis 08.00–15.00, Jumat 08.00–11.00",
    },
    {
        "slug": "disparbud",
        "name": "Dinas Pariwisata dan Kebudayaan Kabupaten Wonosobo",
        "short_name": "Disparbud",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Mengelola dan mempromosikan destinasi wisata seperti kawasan Dieng, Telaga Warna, "
            "Telaga Menjer dan Bukit Sikunir: tiket masuk dan retribusi objek wisata, "
            "toilet dan fasilitas yang rusak, pungutan liar oleh oknum, pemandu dan "
            "homestay, serta pembinaan desa wisata. Membina kesenian dan kebudayaan daerah "
            "seperti tari Lengger dan ruwatan rambut gimbal, sanggar seni, event budaya, dan "
            "pelestarian cagar budaya."
        ),
        "phone": "(0286) 321194",
        "email": "disparbud@wonosobokab.go.id",
        "website": "https://disparbud.wonosobokab.go.id",
        "address": "Jl. Kartini No. 3, Wonosobo 56311",
        "service_hours": _JAM_PEMKAB + "; pusat informasi wisata Sabtu–Minggu 08.00–15.00",
    },
    {
        "slug": "dispaperkan",
        "name": "Dinas Pangan, Pertanian dan Perikanan Kabupaten Wonosobo",
        "short_name": "Dispaperkan",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Mengurus pupuk bersubsidi yang langka atau di atas HET, alokasi dan kartu tani, "
            "bantuan alsintan dan benih, penyuluh di BPP, serta serangan hama dan penyakit "
            "tanaman kentang, kubis, cabai, kopi dan carica. Menangani kesehatan hewan "
            "ternak seperti domba Wonosobo (dombos) dan sapi, pemeriksaan hewan kurban, "
            "budidaya ikan, ketersediaan dan keamanan pangan segar, serta harga hasil panen "
            "yang anjlok."
        ),
        "phone": "(0286) 321327",
        "email": "dispaperkan@wonosobokab.go.id",
        "website": "https://dispaperkan.wonosobokab.go.id",
        "address": "Jl. Sabuk Alu No. 5, Wonosobo 56317",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "bpbd",
        "name": "Badan Penanggulangan Bencana Daerah Kabupaten Wonosobo",
        "short_name": "BPBD",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Menangani kejadian bencana: tanah longsor, tanah retak atau gerakan tanah, "
            "banjir dan banjir bandang, angin puting beliung, pohon tumbang akibat cuaca "
            "ekstrem, gempa, serta kebakaran hutan dan lahan di lereng Sindoro, Sumbing dan "
            "Dieng. Melakukan kaji cepat, evakuasi warga, pendirian posko dan dapur umum, "
            "distribusi logistik, bantuan bagi rumah rusak akibat bencana, serta peringatan "
            "dini dan pembentukan desa tangguh bencana."
        ),
        "phone": "(0286) 321800",
        "email": "bpbd@wonosobokab.go.id",
        "website": "https://bpbd.wonosobokab.go.id",
        "address": "Jl. Soekarno-Hatta No. 9, Wonosobo 56311",
        "service_hours": "Pusdalops siaga 24 jam; kantor " + _JAM_PEMKAB,
    },
    {
        "slug": "satpolpp-damkar",
        "name": "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Wonosobo",
        "short_name": "Satpol PP dan Damkar",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Menegakkan perda dan menjaga ketertiban umum: PKL yang berjualan di trotoar atau "
            "badan jalan, bangunan dan reklame liar, peredaran minuman keras, tempat hiburan "
            "tanpa izin, pelajar membolos, gelandangan dan pengamen, serta pembinaan Linmas. "
            "Regu pemadam kebakaran menangani kebakaran rumah, toko dan lahan, serta "
            "penyelamatan nonkebakaran: sarang tawon, ular masuk rumah, hewan terjebak, "
            "cincin yang tersangkut di jari, dan korban tenggelam di sumur."
        ),
        "phone": "(0286) 321113",
        "email": "satpolpp@wonosobokab.go.id",
        "website": "https://satpolpp.wonosobokab.go.id",
        "address": "Jl. Kyai Muntang No. 1, Wonosobo 56311",
        "service_hours": "Pemadam kebakaran siaga 24 jam (113); kantor " + _JAM_PEMKAB,
    },
    {
        "slug": "bppkad",
        "name": "Badan Pengelolaan Pendapatan, Keuangan dan Aset Daerah Kabupaten Wonosobo",
        "short_name": "BPPKAD",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Mengelola pajak daerah: PBB-P2 (SPPT belum diterima, salah nama atau luas "
            "tanah, keberatan dan pengurangan, tunggakan), BPHTB saat jual beli atau waris "
            "tanah, pajak restoran dan hotel (PBJT), pajak reklame, pajak air tanah, serta "
            "pajak mineral bukan logam. Mengurus keuangan daerah, pencairan hibah dan "
            "bantuan keuangan, serta aset tanah dan bangunan milik Pemkab yang disewakan atau "
            "dikuasai pihak lain. Pajak kendaraan bermotor dilayani Samsat, bukan BPPKAD."
        ),
        "phone": "(0286) 321044",
        "email": "bppkad@wonosobokab.go.id",
        "website": "https://bppkad.wonosobokab.go.id",
        "address": "Jl. Soekarno-Hatta No. 2A, Wonosobo 56311",
        "service_hours": "Loket pajak Senin–Kamis 08.00–15.00, Jumat 08.00–11.00",
    },
    {
        "slug": "bapperida",
        "name": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Wonosobo",
        "short_name": "Bapperida",
        "kind": "perangkat_daerah",
        "parent": None,
        "region": None,
        "duties": (
            "Menyusun rencana pembangunan daerah (RPJMD, RKPD) dan menyelenggarakan "
            "Musrenbang desa, kecamatan dan kabupaten. Tempat menanyakan usulan pembangunan "
            "yang tidak pernah terealisasi, prioritas anggaran antarwilayah, koordinasi "
            "penanggulangan kemiskinan dan percepatan penurunan stunting. Mengelola "
            "penelitian dan kajian daerah, rekomendasi riset, serta kompetisi dan pendataan "
            "inovasi daerah."
        ),
        "phone": "(0286) 321036",
        "email": "bapperida@wonosobokab.go.id",
        "website": "https://bapperida.wonosobokab.go.id",
        "address": "Jl. Soekarno-Hatta No. 8, Wonosobo 56311",
        "service_hours": _JAM_PEMKAB,
    },
    # ------------------------------------------------------------------ kecamatan
    {
        "slug": "kec-wonosobo",
        "name": "Kecamatan Wonosobo",
        "short_name": "Kec. Wonosobo",
        "kind": "kecamatan",
        "parent": None,
        "region": "33.07.09",
        "duties": (
            "Menyelenggarakan pelayanan administrasi terpadu kecamatan (PATEN) untuk 13 "
            "kelurahan dan 7 desa di kawasan perkotaan Wonosobo: legalisasi surat, "
            "rekomendasi izin keramaian dan surat keterangan. Mengoordinasikan kebersihan, "
            "ketertiban dan keamanan di sekitar alun-alun, pusat kota dan kawasan padat "
            "penduduk, serta membina dan mengawasi kinerja kelurahan dan pemerintah desa."
        ),
        "phone": "(0286) 321118",
        "email": "kec.wonosobo@wonosobokab.go.id",
        "website": "https://kecwonosobo.wonosobokab.go.id",
        "address": "Jl. Bhayangkara No. 5, Wonosobo Barat, Wonosobo 56311",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "kec-kertek",
        "name": "Kecamatan Kertek",
        "short_name": "Kec. Kertek",
        "kind": "kecamatan",
        "parent": None,
        "region": "33.07.08",
        "duties": (
            "Melayani PATEN dan administrasi umum bagi warga 2 kelurahan dan 19 desa di "
            "Kecamatan Kertek, di jalur Wonosobo–Temanggung dan lereng Sindoro–Sumbing. "
            "Mengoordinasikan penanganan masalah lintas desa seperti kemacetan di sekitar "
            "Pasar Kertek, jalan desa rusak yang perlu diusulkan ke kabupaten, dan "
            "penyaluran bantuan, serta membina pemerintah desa dan kelurahan."
        ),
        "phone": "(0286) 329011",
        "email": "kec.kertek@wonosobokab.go.id",
        "website": "https://keckertek.wonosobokab.go.id",
        "address": "Jl. Raya Kertek No. 22, Kertek, Wonosobo 56371",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "kec-kejajar",
        "name": "Kecamatan Kejajar",
        "short_name": "Kec. Kejajar",
        "kind": "kecamatan",
        "parent": None,
        "region": "33.07.13",
        "duties": (
            "Melayani PATEN dan membina 15 desa dan 1 kelurahan di Kecamatan Kejajar yang "
            "mencakup Dataran Tinggi Dieng. Mengoordinasikan urusan khas kawasan wisata dan "
            "pertanian dataran tinggi: kepadatan wisatawan dan parkir di jalur Dieng, "
            "sampah wisata, alih fungsi lahan hutan untuk kebun kentang, dampak embun upas, "
            "serta kesiapsiagaan bencana longsor dan aktivitas vulkanik kawasan Dieng."
        ),
        "phone": "(0286) 334010",
        "email": "kec.kejajar@wonosobokab.go.id",
        "website": "https://keckejajar.wonosobokab.go.id",
        "address": "Jl. Raya Dieng Km 14, Kejajar, Wonosobo 56354",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "kec-garung",
        "name": "Kecamatan Garung",
        "short_name": "Kec. Garung",
        "kind": "kecamatan",
        "parent": None,
        "region": "33.07.12",
        "duties": (
            "Melayani PATEN dan membina 14 desa dan 1 kelurahan di Kecamatan Garung, di "
            "jalur utama Wonosobo–Dieng. Mengoordinasikan penanganan masalah wilayah seperti "
            "kawasan wisata Telaga Menjer, kebun sayur dan tembakau, jalan antardesa di "
            "perbukitan, rawan longsor di musim hujan, serta penyaluran bantuan sosial "
            "tingkat kecamatan."
        ),
        "phone": "(0286) 334102",
        "email": "kec.garung@wonosobokab.go.id",
        "website": "https://kecgarung.wonosobokab.go.id",
        "address": "Jl. Raya Dieng Km 8, Garung, Wonosobo 56353",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "kec-sapuran",
        "name": "Kecamatan Sapuran",
        "short_name": "Kec. Sapuran",
        "kind": "kecamatan",
        "parent": None,
        "region": "33.07.03",
        "duties": (
            "Melayani PATEN dan membina 16 desa dan 1 kelurahan di Kecamatan Sapuran, "
            "wilayah selatan Wonosobo yang berbukit dengan lahan pertanian, kebun kopi dan hutan "
            "rakyat. Mengoordinasikan usulan perbaikan jalan dan jembatan antardesa, "
            "penanganan longsor, air bersih di musim kemarau, serta ketertiban dan "
            "pelayanan di pusat kecamatan."
        ),
        "phone": "(0286) 611023",
        "email": "kec.sapuran@wonosobokab.go.id",
        "website": "https://kecsapuran.wonosobokab.go.id",
        "address": "Jl. Raya Sapuran No. 1, Sapuran, Wonosobo 56375",
        "service_hours": _JAM_PEMKAB,
    },
    # ------------------------------------------------------------------ desa / kelurahan
    {
        "slug": "kel-wonosobo-timur",
        "name": "Kelurahan Wonosobo Timur",
        "short_name": "Kel. Wonosobo Timur",
        "kind": "desa",
        "parent": "kec-wonosobo",
        "region": "33.07.09.1021",
        "duties": (
            "Melayani surat pengantar KTP-el dan KK, surat keterangan domisili, tidak mampu, "
            "usaha dan ahli waris bagi warga Kelurahan Wonosobo Timur. Menerima laporan "
            "lingkungan tingkat RT/RW seperti saluran mampet di gang, lampu jalan kampung, "
            "warga pendatang dan indekos, serta data penerima bantuan sosial di kelurahan."
        ),
        "phone": "(0286) 322417",
        "email": "kel.wonosobotimur@wonosobokab.go.id",
        "website": "",
        "address": "Jl. Resimen 18 No. 4, Wonosobo Timur, Wonosobo 56317",
        "service_hours": _JAM_PEMKAB,
    },
    {
        "slug": "desa-pagerejo",
        "name": "Desa Pagerejo",
        "short_name": "Desa Pagerejo",
        "kind": "desa",
        "parent": "kec-kertek",
        "region": "33.07.08.2016",
        "duties": (
            "Pemerintah Desa Pagerejo melayani surat pengantar kependudukan, surat "
            "keterangan tidak mampu dan usaha, serta pendataan warga. Mengelola Dana Desa "
            "untuk jalan dan talud desa, saluran air pertanian, posyandu dan BLT Dana Desa, "
            "serta menerima keluhan warga tentang penerangan dan kebersihan lingkungan dusun."
        ),
        "phone": "0813-2764-3108",
        "email": "pemdes.pagerejo@gmail.com",
        "website": "https://pagerejo-kertek.desa.id",
        "address": "Balai Desa Pagerejo, Kertek, Wonosobo 56371",
        "service_hours": "Senin–Jumat 08.00–14.00",
    },
    {
        "slug": "desa-dieng",
        "name": "Desa Dieng",
        "short_name": "Desa Dieng",
        "kind": "desa",
        "parent": "kec-kejajar",
        "region": "33.07.13.2013",
        "duties": (
            "Pemerintah Desa Dieng melayani administrasi kependudukan tingkat desa dan "
            "mengelola Dana Desa. Menerima aduan tentang pengelolaan wisata di wilayah desa "
            "sekitar Telaga Warna, parkir dan retribusi desa, sampah di kawasan wisata, "
            "homestay, jalan usaha tani untuk angkutan kentang, serta pendataan bantuan "
            "bagi petani yang terdampak embun upas."
        ),
        "phone": "0852-2620-4471",
        "email": "pemdes.dieng@gmail.com",
        "website": "https://dieng-kejajar.desa.id",
        "address": "Balai Desa Dieng, Jl. Raya Dieng, Kejajar, Wonosobo 56354",
        "service_hours": "Senin–Jumat 08.00–14.00, Sabtu 08.00–12.00",
    },
    {
        "slug": "desa-sembungan",
        "name": "Desa Sembungan",
        "short_name": "Desa Sembungan",
        "kind": "desa",
        "parent": "kec-kejajar",
        "region": "33.07.13.2003",
        "duties": (
            "Pemerintah Desa Sembungan, desa tertinggi di Pulau Jawa, melayani surat "
            "keterangan dan pengantar kependudukan serta mengelola Dana Desa dan BUMDes. "
            "Menangani keluhan seputar wisata Bukit Sikunir dan Telaga Cebong yang dikelola "
            "desa: tiket dan parkir, kemacetan menjelang matahari terbit, kebersihan jalur "
            "pendakian, camping ground, serta pasokan air bersih dusun."
        ),
        "phone": "0821-3377-1209",
        "email": "pemdes.sembungan@gmail.com",
        "website": "https://sembungan.desa.id",
        "address": "Balai Desa Sembungan, Kejajar, Wonosobo 56354",
        "service_hours": "Senin–Jumat 08.00–14.00",
    },
    {
        "slug": "desa-kayugiyang",
        "name": "Desa Kayugiyang",
        "short_name": "Desa Kayugiyang",
        "kind": "desa",
        "parent": "kec-garung",
        "region": "33.07.12.2004",
        "duties": (
            "Pemerintah Desa Kayugiyang melayani surat pengantar KTP-el, KK, pindah dan "
            "nikah, surat keterangan tidak mampu, serta pendataan penerima bantuan. "
            "Mengelola Dana Desa untuk jalan lingkungan, jaringan air bersih dari mata air, "
            "posyandu dan kegiatan PKK, serta menerima laporan warga soal longsor kecil dan "
            "saluran tersumbat di dusun."
        ),
        "phone": "0857-2514-6630",
        "email": "pemdes.kayugiyang@gmail.com",
        "website": "",
        "address": "Balai Desa Kayugiyang, Garung, Wonosobo 56353",
        "service_hours": "Senin–Jumat 08.00–14.00",
    },
    # ------------------------------------------------------------------ instansi vertikal
    {
        "slug": "polres-wonosobo",
        "name": "Kepolisian Resor Wonosobo",
        "short_name": "Polres Wonosobo",
        "kind": "instansi_vertikal",
        "parent": None,
        "region": None,
        "duties": (
            "Menerima laporan tindak pidana: pencurian, curanmor, penganiayaan, penipuan "
            "online, pinjol ilegal dan pengancaman, perjudian termasuk judi online, "
            "narkoba, serta premanisme. Menangani kecelakaan dan kemacetan lalu lintas, "
            "balap liar, knalpot brong, dan pengaturan lalu lintas saat libur panjang di "
            "jalur Dieng. Melayani pembuatan dan perpanjangan SIM, SKCK, izin keramaian, "
            "laporan kehilangan, dan keluhan tentang perilaku anggota Polri."
        ),
        "phone": "(0286) 321110",
        "email": "humas.polreswonosobo@gmail.com",
        "website": "https://polreswonosobo.jateng.polri.go.id",
        "address": "Jl. Bhayangkara No. 1, Wonosobo 56311",
        "service_hours": (
            "SPKT 24 jam (darurat 110); SIM dan SKCK Senin–Jumat 08.00–14.00, Sabtu 08.00–12.00"
        ),
    },
    {
        "slug": "kodim-0707",
        "name": "Komando Distrik Militer 0707/Wonosobo",
        "short_name": "Kodim 0707/Wonosobo",
        "kind": "instansi_vertikal",
        "parent": None,
        "region": None,
        "duties": (
            "Membina wilayah melalui Babinsa di setiap desa, program TNI Manunggal "
            "Membangun Desa (TMMD) dan pendampingan ketahanan pangan. Mengerahkan personel "
            "untuk bantuan kemanusiaan saat bencana. Menerima laporan tentang perilaku "
            "oknum anggota TNI, penggunaan tanah atau aset TNI, serta informasi penerimaan "
            "prajurit TNI AD."
        ),
        "phone": "(0286) 321045",
        "email": "kodim0707wonosobo@gmail.com",
        "website": "",
        "address": "Jl. Sumbing No. 4, Wonosobo 56311",
        "service_hours": "Piket 24 jam; kantor Senin–Jumat 07.00–15.30",
    },
    {
        "slug": "kejari-wonosobo",
        "name": "Kejaksaan Negeri Wonosobo",
        "short_name": "Kejari Wonosobo",
        "kind": "instansi_vertikal",
        "parent": None,
        "region": None,
        "duties": (
            "Menuntut perkara pidana dan menangani tindak pidana korupsi, termasuk dugaan "
            "penyelewengan Dana Desa dan pengadaan barang/jasa pemerintah. Melayani "
            "pengambilan barang bukti dan pembayaran denda tilang, informasi jadwal sidang "
            "dan perkara, konsultasi hukum gratis, pendampingan hukum bagi pemerintah desa "
            "(Jaga Desa), serta penyuluhan hukum di sekolah dan masyarakat."
        ),
        "phone": "(0286) 321077",
        "email": "kejari.wonosobo@kejaksaan.go.id",
        "website": "https://kejari-wonosobo.kejaksaan.go.id",
        "address": "Jl. T. Jogonegoro No. 19, Wonosobo 56311",
        "service_hours": "PTSP Senin–Kamis 08.00–16.00, Jumat 08.00–16.30",
    },
    {
        "slug": "kemenag-wonosobo",
        "name": "Kantor Kementerian Agama Kabupaten Wonosobo",
        "short_name": "Kemenag Wonosobo",
        "kind": "instansi_vertikal",
        "parent": None,
        "region": None,
        "duties": (
            "Membawahi KUA kecamatan untuk pendaftaran nikah, rujuk dan bimbingan perkawinan. "
            "Melayani pendaftaran dan pelunasan haji, pengawasan travel umrah, madrasah "
            "(RA, MI, MTs, MA) dan pondok pesantren, bantuan dan tunjangan guru madrasah, "
            "sertifikat tanah wakaf, zakat, serta kerukunan umat beragama dan izin rumah "
            "ibadah."
        ),
        "phone": "(0286) 321235",
        "email": "kabwonosobo@kemenag.go.id",
        "website": "https://wonosobo.kemenag.go.id",
        "address": "Jl. Sabuk Alu No. 18, Wonosobo 56317",
        "service_hours": "PTSP Senin–Kamis 07.30–16.00, Jumat 07.30–16.30",
    },
    {
        "slug": "bpn-wonosobo",
        "name": "Kantor Pertanahan Kabupaten Wonosobo",
        "short_name": "BPN Wonosobo",
        "kind": "instansi_vertikal",
        "parent": None,
        "region": None,
        "duties": (
            "Melayani pendaftaran dan sertipikat tanah: PTSL, pengukuran dan pengembalian "
            "batas, balik nama karena jual beli atau waris, pemecahan dan penggabungan "
            "bidang, roya, hak tanggungan, serta sertipikat elektronik. Menangani sengketa "
            "batas tanah, sertipikat ganda, berkas yang lama selesai dan dugaan pungli "
            "oleh calo pertanahan."
        ),
        "phone": "(0286) 321074",
        "email": "kab-wonosobo@atrbpn.go.id",
        "website": "https://www.atrbpn.go.id",
        "address": "Jl. T. Jogonegoro No. 27, Wonosobo 56311",
        "service_hours": "Senin–Jumat 08.00–15.00; layanan PELATARAN Sabtu–Minggu 08.00–12.00",
    },
    {
        "slug": "bps-wonosobo",
        "name": "Badan Pusat Statistik Kabupaten Wonosobo",
        "short_name": "BPS Wonosobo",
        "kind": "instansi_vertikal",
        "parent": None,
        "region": None,
        "duties": (
            "Menyediakan data statistik resmi Kabupaten Wonosobo: jumlah penduduk, angka "
            "kemiskinan, pengangguran, inflasi, produksi pertanian dan IPM, termasuk "
            "permintaan data dan konsultasi di Pelayanan Statistik Terpadu (PST). "
            "Menyelenggarakan sensus dan survei; warga dapat memastikan identitas petugas "
            "survei atau melaporkan petugas yang tidak datang."
        ),
        "phone": "(0286) 321455",
        "email": "bps3307@bps.go.id",
        "website": "https://wonosobokab.bps.go.id",
        "address": "Jl. Sabuk Alu No. 9, Wonosobo 56317",
        "service_hours": "PST Senin–Kamis 08.00–15.30, Jumat 08.00–16.00",
    },
    # ------------------------------------------------------------------ BUMN
    {
        "slug": "pln-ulp-wonosobo",
        "name": "PT PLN (Persero) ULP Wonosobo",
        "short_name": "PLN ULP Wonosobo",
        "kind": "bumn",
        "parent": None,
        "region": None,
        "duties": (
            "Menangani gangguan listrik: listrik padam satu kampung atau satu rumah, tegangan "
            "naik-turun, tiang listrik miring atau roboh, kabel putus atau menjuntai, pohon "
            "menyentuh jaringan. Melayani pasang baru, tambah daya, meteran dan kWh meter "
            "rusak, token listrik gagal masuk, tagihan listrik membengkak, serta penertiban "
            "pemakaian listrik ilegal."
        ),
        "phone": "(0286) 321032",
        "email": "ulp.wonosobo@pln.co.id",
        "website": "https://web.pln.co.id",
        "address": "Jl. A. Yani No. 36, Wonosobo 56311",
        "service_hours": (
            "Gangguan 24 jam lewat PLN Mobile dan Contact Center 123; kantor Senin–Jumat "
            "08.00–15.00"
        ),
    },
    {
        "slug": "pos-wonosobo",
        "name": "PT Pos Indonesia (Persero) Kantor Cabang Wonosobo",
        "short_name": "Kantor Pos Wonosobo",
        "kind": "bumn",
        "parent": None,
        "region": None,
        "duties": (
            "Melayani pengiriman surat dan paket, pelacakan kiriman, paket terlambat, rusak "
            "atau hilang, wesel dan pembayaran tagihan, serta penjualan meterai. Menyalurkan "
            "bantuan sosial pemerintah yang dibayarkan melalui kantor pos, termasuk jadwal "
            "dan lokasi penyaluran, antrean penerima dan pengantaran bagi lansia."
        ),
        "phone": "(0286) 321065",
        "email": "kcwonosobo@posindonesia.co.id",
        "website": "https://www.posindonesia.co.id",
        "address": "Jl. Pemuda No. 2, Wonosobo 56311",
        "service_hours": "Senin–Jumat 08.00–17.00, Sabtu 08.00–13.00",
    },
    {
        "slug": "bri-wonosobo",
        "name": "PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Wonosobo",
        "short_name": "BRI Wonosobo",
        "kind": "bumn",
        "parent": None,
        "region": None,
        "duties": (
            "Melayani tabungan, KUR dan kredit mikro bagi petani dan pedagang, ATM yang "
            "tertelan kartu atau uang tidak keluar, transaksi BRImo dan agen BRILink, serta "
            "penyaluran bansos dan bantuan pendidikan melalui rekening KKS atau Simpanan "
            "Pelajar. Menerima keluhan saldo terpotong, dugaan pembobolan rekening dan "
            "penagihan kredit."
        ),
        "phone": "(0286) 321061",
        "email": "kc.wonosobo@bri.co.id",
        "website": "https://bri.co.id",
        "address": "Jl. A. Yani No. 10, Wonosobo 56311",
        "service_hours": "Senin–Jumat 08.00–15.00; call center 14017 24 jam",
    },
    # ------------------------------------------------------------------ BUMD
    {
        "slug": "perumda-tirta-aji",
        "name": "Perumda Air Minum Tirta Aji Kabupaten Wonosobo",
        "short_name": "Tirta Aji",
        "kind": "bumd",
        "parent": None,
        "region": None,
        "duties": (
            "Penyedia air minum perpipaan di Wonosobo: air PDAM mati atau kecil, air keruh "
            "atau berbau, pipa bocor atau pecah di jalan, meter air rusak atau macet, "
            "tagihan air melonjak, pemutusan sambungan, serta pemasangan sambungan baru. "
            "Juga menangani perbaikan jalan galian pipa dan jadwal distribusi air saat "
            "musim kemarau."
        ),
        "phone": "(0286) 321280",
        "email": "info@pdamtirtaaji.co.id",
        "website": "https://pdamtirtaaji.co.id",
        "address": "Jl. Mayjend Bambang Sugeng No. 5, Wonosobo 56311",
        "service_hours": (
            "Loket pembayaran Senin–Sabtu 07.30–14.00; pengaduan gangguan via WhatsApp "
            "0811-2633-321 24 jam"
        ),
    },
    {
        "slug": "bank-wonosobo",
        "name": "PT BPR Bank Wonosobo (Perseroda)",
        "short_name": "Bank Wonosobo",
        "kind": "bumd",
        "parent": None,
        "region": None,
        "duties": (
            "Bank perekonomian rakyat milik Pemkab Wonosobo yang melayani tabungan, deposito, "
            "kredit usaha mikro dan kredit pegawai. Menerima keluhan tentang pengajuan "
            "kredit, denda dan penagihan angsuran, agunan dan pengambilan sertipikat setelah "
            "lunas, serta layanan kantor kas di kecamatan."
        ),
        "phone": "(0286) 322543",
        "email": "info@bankwonosobo.co.id",
        "website": "https://bankwonosobo.co.id",
        "address": "Jl. A. Yani No. 12, Wonosobo 56311",
        "service_hours": "Senin–Jumat 08.00–15.00, Sabtu 08.00–12.00",
    },
    {
        "slug": "bank-jateng-wonosobo",
        "name": "PT Bank Pembangunan Daerah Jawa Tengah Kantor Cabang Wonosobo",
        "short_name": "Bank Jateng Wonosobo",
        "kind": "bumd",
        "parent": None,
        "region": None,
        "duties": (
            "Bank daerah tempat pembayaran PBB-P2, pajak dan retribusi daerah, gaji ASN dan "
            "penghasilan tetap perangkat desa, serta rekening kas desa. Melayani kredit "
            "Mitra Jateng bagi UMKM, kredit pegawai, tabungan dan ATM, serta keluhan "
            "transaksi gagal, antrean teller dan layanan QRIS retribusi."
        ),
        "phone": "(0286) 321552",
        "email": "cabang.wonosobo@bankjateng.co.id",
        "website": "https://www.bankjateng.co.id",
        "address": "Jl. A. Yani No. 7, Wonosobo 56311",
        "service_hours": "Senin–Jumat 08.00–15.00",
    },
    # ------------------------------------------------------------------ lainnya
    {
        "slug": "bpjs-kesehatan",
        "name": "BPJS Kesehatan Kantor Kabupaten Wonosobo",
        "short_name": "BPJS Kesehatan Wonosobo",
        "kind": "lainnya",
        "parent": None,
        "region": None,
        "duties": (
            "Menyelenggarakan Jaminan Kesehatan Nasional (JKN/KIS): pendaftaran peserta, "
            "kartu tidak aktif, pindah faskes tingkat pertama, tunggakan dan denda iuran, "
            "perubahan data peserta mandiri. Menerima keluhan peserta yang ditolak rumah "
            "sakit atau puskesmas, diminta membayar obat atau tindakan yang seharusnya "
            "ditanggung, serta kendala aplikasi Mobile JKN dan rujukan online."
        ),
        "phone": "(0286) 325167",
        "email": "kc.wonosobo@bpjs-kesehatan.go.id",
        "website": "https://www.bpjs-kesehatan.go.id",
        "address": "Jl. T. Jogonegoro No. 31, Wonosobo 56311",
        "service_hours": (
            "Senin–Jumat 08.00–15.00; Care Center 165 dan Pandawa WhatsApp 0811-8165-165 24 jam"
        ),
    },
    {
        "slug": "bpjs-ketenagakerjaan",
        "name": "BPJS Ketenagakerjaan Kantor Cabang Wonosobo",
        "short_name": "BPJamsostek Wonosobo",
        "kind": "lainnya",
        "parent": None,
        "region": None,
        "duties": (
            "Menyelenggarakan jaminan sosial pekerja: Jaminan Hari Tua (JHT), Jaminan "
            "Kecelakaan Kerja, Jaminan Kematian, Jaminan Pensiun dan Jaminan Kehilangan "
            "Pekerjaan. Melayani pencairan JHT yang tertunda, kepesertaan pekerja bukan "
            "penerima upah seperti petani, ojek dan pedagang, klaim santunan kecelakaan "
            "kerja atau kematian, serta aduan pekerja yang tidak didaftarkan perusahaan."
        ),
        "phone": "(0286) 324175",
        "email": "wonosobo@bpjsketenagakerjaan.go.id",
        "website": "https://www.bpjsketenagakerjaan.go.id",
        "address": "Jl. Soekarno-Hatta No. 17, Wonosobo 56311",
        "service_hours": "Senin–Jumat 08.00–15.00; layanan 175 setiap hari",
    },
    {
        "slug": "baznas-wonosobo",
        "name": "Badan Amil Zakat Nasional Kabupaten Wonosobo",
        "short_name": "Baznas Wonosobo",
        "kind": "lainnya",
        "parent": None,
        "region": None,
        "duties": (
            "Menghimpun zakat, infak dan sedekah, termasuk zakat penghasilan ASN, dan "
            "menyalurkannya kepada mustahik. Menerima permohonan bantuan biaya berobat, "
            "bedah rumah, beasiswa, modal usaha dan kebutuhan darurat bagi warga miskin, "
            "serta pertanyaan tentang bukti setor zakat dan laporan penyaluran."
        ),
        "phone": "0812-2811-0707",
        "email": "baznaswonosobo@gmail.com",
        "website": "https://baznas.go.id/wonosobo",
        "address": "Jl. Sabuk Alu No. 4, Wonosobo 56317",
        "service_hours": "Senin–Jumat 08.00–15.00, Sabtu 08.00–12.00",
    },
]

PEOPLE: list[dict] = [
    # coordinators: Diskominfo staff who triage every incoming message
    {
        "username": "koordinator",
        "full_name": "Sri Wahyuningsih",
        "email": "koordinator@demo.jembatan.id",
        "phone": "0812 2734 5561",
        "role": "coordinator",
        "agency": "diskominfo",
    },
    {
        "username": "koordinator2",
        "full_name": "Agus Setiawan",
        "email": "koordinator2@demo.jembatan.id",
        "phone": "+62 857-2640-9183",
        "role": "coordinator",
        "agency": "diskominfo",
    },
    {
        "username": "admin.diskominfo",
        "full_name": "Dwi Hartanto",
        "email": "admin.diskominfo@demo.jembatan.id",
        "phone": "081327754120",
        "role": "agency_admin",
        "agency": "diskominfo",
    },
    {
        "username": "petugas.diskominfo",
        "full_name": "Nur Hidayati",
        "email": "petugas.diskominfo@demo.jembatan.id",
        "phone": "0813-2901-4478",
        "role": "officer",
        "agency": "diskominfo",
    },
    # DPUPR
    {
        "username": "admin.dpupr",
        "full_name": "Bambang Sulistyo",
        "email": "admin.dpupr@demo.jembatan.id",
        "phone": "0812 2615 3307",
        "role": "agency_admin",
        "agency": "dpupr",
    },
    {
        "username": "petugas.dpupr",
        "full_name": "Eko Prasetyo",
        "email": "petugas.dpupr@demo.jembatan.id",
        "phone": "+62 852-2718-6640",
        "role": "officer",
        "agency": "dpupr",
    },
    # Disdukcapil
    {
        "username": "admin.disdukcapil",
        "full_name": "Retno Widyastuti",
        "email": "admin.disdukcapil@demo.jembatan.id",
        "phone": "085726114093",
        "role": "agency_admin",
        "agency": "disdukcapil",
    },
    {
        "username": "petugas.disdukcapil",
        "full_name": "Yuli Astuti",
        "email": "petugas.disdukcapil@demo.jembatan.id",
        "phone": "0878 3312 9054",
        "role": "officer",
        "agency": "disdukcapil",
    },
    # BPBD
    {
        "username": "admin.bpbd",
        "full_name": "Teguh Santoso",
        "email": "admin.bpbd@demo.jembatan.id",
        "phone": "0813-9200-5712",
        "role": "agency_admin",
        "agency": "bpbd",
    },
    {
        "username": "petugas.bpbd",
        "full_name": "Rizky Aditya Nugroho",
        "email": "petugas.bpbd@demo.jembatan.id",
        "phone": "+62 821-3456-7012",
        "role": "officer",
        "agency": "bpbd",
    },
    # Polres Wonosobo
    {
        "username": "admin.polres",
        "full_name": "Hendro Wibowo",
        "email": "admin.polres@demo.jembatan.id",
        "phone": "0812 1509 8836",
        "role": "agency_admin",
        "agency": "polres-wonosobo",
    },
    {
        "username": "petugas.polres",
        "full_name": "Dimas Arya Saputra",
        "email": "petugas.polres@demo.jembatan.id",
        "phone": "081229647315",
        "role": "officer",
        "agency": "polres-wonosobo",
    },
    # PLN ULP Wonosobo
    {
        "username": "admin.pln",
        "full_name": "Wahyu Kurniawan",
        "email": "admin.pln@demo.jembatan.id",
        "phone": "0811-2950-3471",
        "role": "agency_admin",
        "agency": "pln-ulp-wonosobo",
    },
    {
        "username": "petugas.pln",
        "full_name": "Fajar Ramadhan",
        "email": "petugas.pln@demo.jembatan.id",
        "phone": "0896 6703 2218",
        "role": "officer",
        "agency": "pln-ulp-wonosobo",
    },
    # Perumda Tirta Aji
    {
        "username": "admin.tirtaaji",
        "full_name": "Endang Purwaningsih",
        "email": "admin.tirtaaji@demo.jembatan.id",
        "phone": "+62 813-2744-1069",
        "role": "agency_admin",
        "agency": "perumda-tirta-aji",
    },
    {
        "username": "petugas.tirtaaji",
        "full_name": "Slamet Riyadi",
        "email": "petugas.tirtaaji@demo.jembatan.id",
        "phone": "085290417736",
        "role": "officer",
        "agency": "perumda-tirta-aji",
    },
    # Kecamatan Kertek
    {
        "username": "admin.kertek",
        "full_name": "Siti Muawanah",
        "email": "admin.kertek@demo.jembatan.id",
        "phone": "0823 2618 4450",
        "role": "agency_admin",
        "agency": "kec-kertek",
    },
    {
        "username": "petugas.kertek",
        "full_name": "Joko Purnomo",
        "email": "petugas.kertek@demo.jembatan.id",
        "phone": "0857-4021-3398",
        "role": "officer",
        "agency": "kec-kertek",
    },
    # Desa Sembungan
    {
        "username": "admin.sembungan",
        "full_name": "Mujiono",
        "email": "admin.sembungan@demo.jembatan.id",
        "phone": "082134770291",
        "role": "agency_admin",
        "agency": "desa-sembungan",
    },
    {
        "username": "petugas.sembungan",
        "full_name": "Ahmad Khoirudin",
        "email": "petugas.sembungan@demo.jembatan.id",
        "phone": "+62 812-2583-6104",
        "role": "officer",
        "agency": "desa-sembungan",
    },
    # BPJS Kesehatan
    {
        "username": "admin.bpjskes",
        "full_name": "Dewi Kartikasari",
        "email": "admin.bpjskes@demo.jembatan.id",
        "phone": "0815 7720 3164",
        "role": "agency_admin",
        "agency": "bpjs-kesehatan",
    },
    {
        "username": "petugas.bpjskes",
        "full_name": "Lina Marlina",
        "email": "petugas.bpjskes@demo.jembatan.id",
        "phone": "0813-2530-8847",
        "role": "officer",
        "agency": "bpjs-kesehatan",
    },
    # citizens
    {
        "username": "warga",
        "full_name": "Suparno",
        "email": "warga@demo.jembatan.id",
        "phone": "0852 2795 4016",
        "role": "citizen",
        "agency": None,
    },
    {
        "username": "warga2",
        "full_name": "Tri Handayani",
        "email": "warga2@demo.jembatan.id",
        "phone": "+62 857-1234-9876",
        "role": "citizen",
        "agency": None,
    },
    {
        "username": "warga3",
        "full_name": "Muhammad Fikri Maulana",
        "email": "warga3@demo.jembatan.id",
        "phone": "087837562210",
        "role": "citizen",
        "agency": None,
    },
]
