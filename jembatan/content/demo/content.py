"""Joint posts of the Wonosobo demo: what the Bakohumas officers write together.

`state` is where the loader leaves each post; `days` is when it was started (negative: in the
past) and `at` when it is or was published (days from today, local hour). A suggestion is
(agency, channel, decision, text, note); a text of None proposes the body with the note added.
Some posts are ceremonial on purpose, so the information-value checker has something to say.
"""

POSTS = [
    {
        "lead": "disdukcapil",
        "co_authors": ["kec-kertek", "kec-garung", "diskominfo"],
        "topic": "adminduk",
        "state": "published",
        "days": -12, "at": (-9, 8),
        "title": "Jadwal pelayanan adminduk keliling bulan ini",
        "body": (
            "Disdukcapil Kabupaten Wonosobo membuka pelayanan adminduk keliling (jemput bola) "
            "di kecamatan. Layanan: perekaman dan cetak KTP-el, Kartu Identitas Anak (KIA), "
            "perubahan Kartu Keluarga, dan akta kelahiran.\n\n"
            "Jadwal:\n"
            "- Selasa, pukul 08.00–12.00 WIB di Pendopo Kecamatan Kertek\n"
            "- Kamis, pukul 08.00–12.00 WIB di Balai Desa Kayugiyang, Kecamatan Garung\n\n"
            "Syarat: bawa fotokopi Kartu Keluarga dan KTP-el lama (untuk perubahan data), "
            "surat keterangan lahir dari bidan/rumah sakit untuk akta kelahiran.\n"
            "Biaya: gratis, tidak dipungut biaya apa pun.\n"
            "Informasi: WhatsApp Disdukcapil 0812-2600-3307 atau "
            "https://disdukcapil.wonosobokab.go.id"
        ),
        "versions": {
            "instagram": (
                "Adminduk keliling hadir di kecamatanmu! 📍 Selasa di Pendopo Kec. Kertek, "
                "Kamis di Balai Desa Kayugiyang (Garung), pukul 08.00–12.00 WIB. Bawa fotokopi "
                "KK & KTP-el lama. GRATIS. Info: WA 0812-2600-3307\n\n"
                "#Wonosobo #Disdukcapil #KTPel #AdmindukKeliling #PelayananPublik"
            ),
            "facebook": (
                "Pelayanan adminduk keliling Disdukcapil: Selasa di Pendopo Kecamatan Kertek, "
                "Kamis di Balai Desa Kayugiyang, pukul 08.00–12.00 WIB. Layanan KTP-el, KIA, "
                "KK dan akta kelahiran, gratis. Syarat: fotokopi KK dan KTP-el lama."
            ),
            "whatsapp": (
                "*Adminduk keliling* 📢\nSelasa: Pendopo Kec. Kertek\nKamis: Balai Desa "
                "Kayugiyang\nPukul 08.00–12.00 WIB · GRATIS\nBawa fotokopi KK & KTP-el lama.\n"
                "Info: 0812-2600-3307"
            ),
        },
        "image_url": "https://wonosobokab.go.id/media/adminduk-keliling.jpg",
        "comments": [
            ("kec-kertek", "Pendopo siap dipakai Selasa, kursi tunggu untuk 60 orang sudah kami "
                           "siapkan."),
            ("kec-garung", "Mohon dicantumkan bahwa warga lansia didahulukan."),
        ],
        "suggestions": [
            ("kec-garung", "whatsapp", "accept",
             "*Adminduk keliling* 📢\nSelasa: Pendopo Kec. Kertek\nKamis: Balai Desa "
             "Kayugiyang\nPukul 08.00–12.00 WIB · GRATIS · lansia didahulukan\nBawa fotokopi "
             "KK & KTP-el lama.\nInfo: 0812-2600-3307",
             "Lansia didahulukan"),
        ],
    },
    {
        "lead": "perumda-tirta-aji",
        "co_authors": ["dpupr", "kec-kertek", "kec-sapuran"],
        "topic": "air bersih",
        "state": "scheduled",
        "days": -3, "at": (1, 7),
        "title": "Pemadaman air terencana di Kertek dan Sapuran",
        "body": (
            "Perumda Air Minum Tirta Aji menghentikan sementara aliran air bersih untuk "
            "pelanggan di Kecamatan Kertek dan sebagian Kecamatan Sapuran besok pukul "
            "08.00–15.00 WIB. Penghentian ini karena penggantian pipa transmisi 200 mm oleh "
            "DPUPR di Jalan Raya Kertek–Sapuran.\n\n"
            "Wilayah terdampak: Desa Kertek, Purbosono, Candimulyo, Sapuran, dan Ngadikerso.\n"
            "Warga diimbau menampung air secukupnya sehari sebelumnya. Tangki air bersih gratis "
            "disiagakan di Balai Desa Candimulyo.\n"
            "Pengaduan: call center Tirta Aji (0286) 321551 atau WhatsApp 0811-2633-551."
        ),
        "versions": {
            "facebook": (
                "Pemadaman air terencana besok pukul 08.00–15.00 WIB di Kertek dan sebagian "
                "Sapuran (penggantian pipa transmisi). Tampung air sehari sebelumnya. Tangki "
                "air gratis di Balai Desa Candimulyo. Pengaduan: (0286) 321551."
            ),
            "whatsapp": (
                "*Info Tirta Aji* 💧\nBesok 08.00–15.00 WIB air mati di Kertek & sebagian "
                "Sapuran.\nTampung air hari ini.\nTangki gratis: Balai Desa Candimulyo.\n"
                "Pengaduan: 0811-2633-551"
            ),
        },
        "comments": [
            ("dpupr", "Pekerjaan pipa kami mulai 07.30, estimasi selesai 14.00 bila cuaca "
                      "cerah."),
        ],
        "suggestions": [
            ("kec-sapuran", "portal", "open", None,
             "Tambahkan Desa Ngadikerso dan Desa Sapuran sebagai wilayah terdampak."),
        ],
    },
    {
        "lead": "bppkad",
        "co_authors": ["bank-jateng-wonosobo", "kec-wonosobo", "diskominfo"],
        "topic": "pajak daerah",
        "state": "scheduled",
        "days": -4, "at": (1, 8),
        "title": "PBB-P2 jatuh tempo akhir bulan: bayar lewat QRIS atau Bank Jateng",
        "body": (
            "BPPKAD mengingatkan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) jatuh "
            "tempo pada akhir bulan ini. Setelah tanggal itu dikenakan denda 1% per bulan.\n\n"
            "Cara membayar:\n"
            "1. QRIS pada SPPT, lewat aplikasi dompet digital atau mobile banking apa pun.\n"
            "2. Teller dan ATM Bank Jateng, cukup sebutkan Nomor Objek Pajak (NOP).\n"
            "3. Kantor pos dan gerai minimarket yang bekerja sama.\n\n"
            "Belum menerima SPPT? Tanyakan ke kantor desa/kelurahan atau WhatsApp BPPKAD "
            "0813-2500-4411. Cek tagihan: https://pbb.wonosobokab.go.id"
        ),
        "versions": {
            "instagram": (
                "PBB-P2 jatuh tempo akhir bulan ini ⏰ Bayar lewat QRIS di SPPT, Bank Jateng, "
                "kantor pos atau minimarket. Cek tagihan di pbb.wonosobokab.go.id\n"
                "#Wonosobo #PBB #PajakDaerah #BPPKAD"
            ),
            "whatsapp": (
                "*PBB-P2 jatuh tempo akhir bulan* 🧾\nBayar: QRIS di SPPT · Bank Jateng · "
                "kantor pos.\nCek tagihan: pbb.wonosobokab.go.id\nTanya: 0813-2500-4411"
            ),
        },
        "image_url": "https://wonosobokab.go.id/media/pbb-jatuh-tempo.png",
        "comments": [
            ("bank-jateng-wonosobo", "Teller kami buka sampai 15.00 WIB pada hari terakhir."),
        ],
    },
    {
        "lead": "bpbd",
        "co_authors": ["diskominfo", "kec-kejajar", "desa-dieng"],
        "topic": "cuaca",
        "state": "published",
        "days": -6, "at": (-5, 16),
        "title": "Imbauan cuaca ekstrem: waspada longsor di lereng Dieng",
        "body": (
            "BMKG memperkirakan hujan lebat disertai angin kencang di wilayah Wonosobo bagian "
            "utara selama sepekan ke depan. BPBD mengimbau warga di Kecamatan Kejajar, Garung, "
            "dan Kalikajar waspada tanah longsor, terutama di lereng dan tebing jalan.\n\n"
            "Yang perlu dilakukan:\n"
            "- Perhatikan retakan tanah dan mata air baru yang keruh; segera lapor.\n"
            "- Hindari berteduh di bawah pohon besar dan baliho saat angin kencang.\n"
            "- Siapkan tas siaga berisi dokumen, obat, senter dan air minum.\n\n"
            "Darurat: Pusdalops BPBD (0286) 3325112 atau WhatsApp 0812-2800-1112, 24 jam."
        ),
        "versions": {
            "facebook": (
                "Waspada cuaca ekstrem sepekan ke depan. Warga Kejajar, Garung dan Kalikajar "
                "waspada longsor. Darurat: Pusdalops BPBD (0286) 3325112, 24 jam."
            ),
            "whatsapp": (
                "⚠️ *Waspada cuaca ekstrem*\nHujan lebat & angin kencang sepekan ke depan.\n"
                "Waspada longsor di Kejajar, Garung, Kalikajar.\nDarurat 24 jam: "
                "0812-2800-1112"
            ),
            "instagram": "Waspada longsor! Darurat: 0812-2800-1112 #Wonosobo #BPBD #Siaga",
        },
        "comments": [
            ("desa-dieng", "Relawan desa sudah kami minta memantau tebing di jalur "
                           "Dieng–Batur."),
        ],
    },
    {
        "lead": "disdikpora",
        "co_authors": ["baznas-wonosobo", "bank-jateng-wonosobo", "kemenag-wonosobo"],
        "topic": "beasiswa",
        "state": "review",
        "days": -2,
        "title": "Pendaftaran Beasiswa Wonosobo Cerdas 2027 dibuka",
        "body": (
            "Pemerintah Kabupaten Wonosobo bersama Baznas membuka pendaftaran Beasiswa "
            "Wonosobo Cerdas untuk siswa SMA/SMK/MA dan mahasiswa dari keluarga kurang mampu.\n\n"
            "Pendaftaran daring: 1–31 Januari 2027 di https://beasiswa.wonosobokab.go.id\n"
            "Syarat: KTP/KK Wonosobo, rapor atau KHS terakhir, surat keterangan tidak mampu "
            "dari desa, dan rekening Bank Jateng atas nama penerima.\n"
            "Bantuan: Rp2.500.000 per semester untuk mahasiswa, Rp1.000.000 per semester untuk "
            "siswa. Tidak dipungut biaya.\n"
            "Tanya: WhatsApp Disdikpora 0812-2900-7272."
        ),
        "versions": {
            "instagram": (
                "Beasiswa Wonosobo Cerdas 2027 dibuka! 🎓 Daftar 1–31 Januari di "
                "beasiswa.wonosobokab.go.id. Gratis, tanpa pungutan. #Wonosobo #Beasiswa "
                "#WonosoboCerdas"
            ),
        },
        "comments": [
            ("baznas-wonosobo", "Dana dari Baznas untuk 150 penerima, mohon disebutkan."),
            ("kemenag-wonosobo", "Siswa MA dan mahasiswa PTKI juga bisa daftar, ya?"),
        ],
        "suggestions": [
            ("bank-jateng-wonosobo", "portal", "open",
             None,
             "Rekening bisa dibuka gratis di kantor cabang mana pun tanpa setoran awal."),
        ],
    },
    {
        "lead": "dinkes",
        "co_authors": ["puskesmas-kertek-1", "rsud-setjonegoro", "disdikpora"],
        "topic": "vaksinasi",
        "state": "approved",
        "days": -5,
        "title": "Imunisasi campak–rubela gratis untuk anak 9 bulan sampai 15 tahun",
        "body": (
            "Dinas Kesehatan mengadakan imunisasi campak–rubela (MR) gratis untuk anak usia 9 "
            "bulan sampai 15 tahun di semua puskesmas, posyandu, dan sekolah.\n\n"
            "Waktu: selama dua minggu mulai Senin depan, pukul 08.00–12.00 WIB.\n"
            "Bawa buku KIA atau kartu imunisasi anak. Anak yang sedang demam tinggi ditunda "
            "dan datang lagi setelah sembuh.\n"
            "Info: puskesmas terdekat atau hotline Dinkes 0812-2700-1199."
        ),
        "versions": {
            "whatsapp": (
                "*Imunisasi MR gratis* 💉\nAnak 9 bln–15 th · mulai Senin depan\n"
                "Puskesmas, posyandu & sekolah, 08.00–12.00\nBawa buku KIA.\nInfo: "
                "0812-2700-1199"
            ),
        },
    },
    {
        "lead": "diskominfo",
        "co_authors": ["kec-wonosobo", "bppkad"],
        "topic": "seremoni",
        "state": "changes_requested",
        "days": -1,
        "title": "Bupati hadiri syukuran HUT Korpri",
        "body": (
            "Bupati Wonosobo menghadiri syukuran HUT Korpri bersama jajaran Forkopimda di "
            "Pendopo Kabupaten. Acara berlangsung khidmat dan penuh kekeluargaan, diawali "
            "doa bersama dan diakhiri pemotongan tumpeng serta foto bersama."
        ),
        "versions": {
            "instagram": "Syukuran HUT Korpri di Pendopo Kabupaten. #Korpri #Wonosobo",
        },
        "image_url": "https://wonosobokab.go.id/media/hut-korpri.jpg",
        "comments": [
            ("kec-wonosobo", "Apa yang perlu warga ketahui dari acara ini? Mungkin sekalian "
                             "info pelayanan yang tetap buka hari itu."),
        ],
        "request_note": "Tambahkan informasi layanan yang buka saat HUT Korpri, supaya "
                        "berguna bagi warga.",
    },
    {
        "lead": "pln-ulp-wonosobo",
        "co_authors": ["bpbd", "kec-kejajar"],
        "topic": "listrik",
        "state": "draft",
        "days": 0,
        "title": "Pemeliharaan jaringan listrik di Kecamatan Kejajar",
        "body": (
            "PLN ULP Wonosobo melakukan pemeliharaan jaringan 20 kV di Kecamatan Kejajar. "
            "Aliran listrik padam sementara pukul 09.00–13.00 WIB di Desa Sikunang, Sembungan, "
            "dan Patakbanteng. Informasi gangguan: aplikasi PLN Mobile atau call center 123."
        ),
        "versions": {"whatsapp": "Listrik padam 09.00–13.00 di Sikunang, Sembungan, "
                                 "Patakbanteng. Info: PLN Mobile / 123."},
    },
    {
        "lead": "polres-wonosobo",
        "co_authors": ["satpolpp-damkar", "disperkimhub"],
        "topic": "lalu lintas",
        "state": "withdrawn",
        "days": -8,
        "title": "Rekayasa lalu lintas kirab budaya di Jalan Ahmad Yani",
        "body": (
            "Selama kirab budaya, Jalan Ahmad Yani ditutup pukul 13.00–17.00 WIB. Kendaraan "
            "dari arah Kertek dialihkan lewat Jalan Pemuda. Parkir tersedia di Alun-alun "
            "Selatan."
        ),
        "withdraw_note": "Kirab diundur; informasi baru menyusul setelah jadwal pasti.",
    },
    {
        "lead": "bpjs-kesehatan",
        "co_authors": ["dinsos-pmd", "diskominfo"],
        "topic": "jaminan kesehatan",
        "state": "published",
        "days": -20, "at": (-18, 10),
        "title": "Cek status kepesertaan JKN lewat WhatsApp Pandawa",
        "body": (
            "Warga bisa mengecek status kepesertaan JKN, termasuk PBI yang dibayar pemerintah, "
            "tanpa datang ke kantor. Caranya: simpan nomor Pandawa 0811-8165-165, kirim pesan "
            "\"Halo\", lalu pilih menu cek status dan masukkan NIK.\n"
            "Bila status nonaktif, bawa KTP dan KK ke Dinsos PMD (Jl. Sabuk Alu) untuk "
            "pengusulan ulang. Layanan gratis, Senin–Jumat 08.00–15.00 WIB."
        ),
        "versions": {
            "facebook": "Cek status JKN lewat WhatsApp Pandawa 0811-8165-165: kirim \"Halo\", "
                        "pilih cek status, masukkan NIK. Gratis.",
        },
    },
    {
        "lead": "kec-kertek",
        "co_authors": ["puskesmas-kertek-1"],
        "topic": "seremoni",
        "state": "published",
        "days": -15, "at": (-14, 11),
        "title": "Camat Kertek buka Gebyar Posyandu",
        "body": (
            "Camat Kertek membuka Gebyar Posyandu di Lapangan Kertek. Kegiatan dihadiri kepala "
            "desa, tim penggerak PKK, dan tamu undangan, ditutup dengan sambutan dan foto "
            "bersama."
        ),
    },
    {
        "lead": "disparbud",
        "co_authors": ["desa-dieng", "desa-sembungan", "disperkimhub"],
        "topic": "wisata",
        "state": "scheduled",
        "days": -6, "at": (6, 9),
        "title": "Tiket dan aturan kunjungan Dieng saat libur akhir tahun",
        "body": (
            "Menjelang libur akhir tahun, Disparbud bersama Desa Dieng dan Desa Sembungan "
            "mengatur kunjungan wisata. Tiket terusan Kawah Sikidang–Candi Arjuna Rp25.000, "
            "beli di loket resmi atau https://tiket.dieng.wonosobokab.go.id.\n"
            "Parkir bus hanya di terminal Dieng; shuttle gratis tiap 15 menit pukul "
            "06.00–17.00 WIB. Pendakian Sikunir dibuka pukul 03.00 WIB. Informasi: Pos "
            "Informasi Wisata 0812-2500-8899."
        ),
        "versions": {
            "instagram": "Libur akhir tahun ke Dieng? Tiket terusan Rp25.000 di "
                         "tiket.dieng.wonosobokab.go.id · shuttle gratis tiap 15 menit. "
                         "#Dieng #Wonosobo #WisataDieng",
            "facebook": "Tiket terusan Dieng Rp25.000, shuttle gratis 06.00–17.00 WIB, parkir "
                        "bus di terminal Dieng. Info: 0812-2500-8899.",
        },
        "image_url": "https://wonosobokab.go.id/media/dieng-libur.jpg",
    },
    {
        "lead": "disdagkopukm",
        "co_authors": ["kec-garung", "bri-wonosobo"],
        "topic": "pangan",
        "state": "review",
        "days": -1,
        "title": "Operasi pasar beras SPHP di lima kecamatan",
        "body": (
            "Disdagkopukm menggelar operasi pasar beras SPHP Rp12.500/kg, maksimal 10 kg per "
            "orang, pukul 08.00–selesai. Jadwal: Senin Pasar Garung, Selasa Pasar Kertek, Rabu "
            "Pasar Sapuran, Kamis Pasar Kejajar, Jumat Pasar Induk Wonosobo. Bawa KTP. "
            "Pembayaran tunai atau QRIS BRI."
        ),
        "comments": [("kec-garung", "Lokasi di Garung pindah ke halaman kantor kecamatan, "
                                    "pasar sedang direnovasi.")],
        "suggestions": [
            ("kec-garung", "portal", "open", None,
             "Senin lokasinya halaman Kantor Kecamatan Garung, bukan Pasar Garung."),
        ],
    },
    {
        "lead": "dppkbpppa",
        "co_authors": ["dinkes"],
        "topic": "keluarga berencana",
        "state": "withdrawn",
        "days": -25,
        "title": "Pelayanan KB gratis peringatan Hari Keluarga",
        "body": (
            "Pelayanan KB gratis (implan dan IUD) di seluruh puskesmas selama sepekan. Daftar "
            "melalui kader KB desa."
        ),
        "withdraw_note": "Digabung dengan kampanye Dinkes bulan depan.",
    },
]
