"""Content of the catalogue demo for Kabupaten Wonosobo: services and work programmes.

Programme days are offsets from the day the demo is loaded (0 = today). Fees and requirements follow what the agencies publish; treat them as examples.
"""

_JAM = "Senin–Kamis 07.30–15.30, Jumat 07.30–11.00"

SERVICES: dict[str, list[dict]] = {
    "disdukcapil": [
        {
            "name": "Perekaman dan Pencetakan KTP Elektronik (KTP-el)",
            "audience": "Warga Kabupaten Wonosobo yang sudah berusia 17 tahun, sudah menikah, "
                        "atau pernah menikah.",
            "requirements": "Fotokopi Kartu Keluarga\nSurat pengantar dari desa/kelurahan "
                            "(untuk perekaman baru)\nKTP-el lama bila rusak atau ganti data\n"
                            "Surat keterangan hilang dari kepolisian bila KTP-el hilang",
            "steps": "Ambil nomor antrean di Mal Pelayanan Publik atau daftar lewat aplikasi "
                     "SIDUKUN\nPerekaman sidik jari, iris mata, foto dan tanda tangan\n"
                     "Tunggu pemberitahuan KTP-el siap cetak\nAmbil KTP-el dengan menunjukkan "
                     "bukti perekaman",
            "is_free": True,
            "cost": "tidak dipungut biaya sesuai UU 24/2013",
            "schedule": _JAM,
            "place": "Mal Pelayanan Publik Wonosobo, Jl. Sabuk Alu No. 2",
            "contact": "WhatsApp 0813-2600-1234 (Layanan Disdukcapil)",
            "link": "https://disdukcapil.wonosobokab.go.id/layanan/ktp-el",
        },
        {
            "name": "Kartu Identitas Anak (KIA)",
            "audience": "Anak usia 0 sampai kurang dari 17 tahun yang belum menikah.",
            "requirements": "Fotokopi Kartu Keluarga\nKTP-el kedua orang tua\nFotokopi akta "
                            "kelahiran anak\nPas foto berwarna 2x3 untuk anak usia 5 tahun ke "
                            "atas",
            "steps": "Isi formulir F-1.01 di loket atau lewat SIDUKUN\nSerahkan berkas ke "
                     "petugas\nKIA dicetak dan dapat diambil hari itu juga",
            "is_free": True,
            "schedule": _JAM,
            "place": "Mal Pelayanan Publik Wonosobo dan layanan keliling di kecamatan",
            "contact": "WhatsApp 0813-2600-1234",
        },
        {
            "name": "Akta Kelahiran",
            "audience": "Setiap bayi yang lahir di Kabupaten Wonosobo atau anak warga Wonosobo.",
            "requirements": "Surat keterangan lahir dari bidan, puskesmas atau rumah sakit\n"
                            "Fotokopi Kartu Keluarga\nKTP-el kedua orang tua\nFotokopi buku "
                            "nikah atau akta perkawinan\nKTP-el dua orang saksi",
            "steps": "Daftar di desa/kelurahan, puskesmas atau lewat SIDUKUN\nPetugas "
                     "memverifikasi berkas\nAkta kelahiran dikirim dalam bentuk PDF bertanda "
                     "tangan elektronik ke WhatsApp atau email pemohon",
            "is_free": True,
            "schedule": "Pendaftaran daring 24 jam; loket " + _JAM,
            "place": "Mal Pelayanan Publik Wonosobo",
            "contact": "WhatsApp 0813-2600-1234",
        },
        {
            "name": "Perubahan Kartu Keluarga",
            "audience": "Keluarga yang menambah atau mengurangi anggota, pindah alamat, atau "
                        "mengubah data.",
            "requirements": "Kartu Keluarga lama\nDokumen pendukung perubahan (akta kelahiran, "
                            "akta kematian, buku nikah, surat pindah)",
            "steps": "Ajukan lewat desa/kelurahan atau SIDUKUN\nVerifikasi oleh petugas\n"
                     "Kartu Keluarga baru dicetak di kertas HVS dan bisa dicetak sendiri",
            "is_free": True,
            "schedule": _JAM,
            "place": "Mal Pelayanan Publik Wonosobo",
            "contact": "WhatsApp 0813-2600-1234",
        },
    ],
    "dpmptsp": [
        {
            "name": "Nomor Induk Berusaha (NIB) lewat OSS",
            "audience": "Pelaku usaha mikro, kecil, menengah dan besar di Wonosobo.",
            "requirements": "KTP-el pemilik usaha\nNPWP (untuk badan usaha)\nAlamat email dan "
                            "nomor HP aktif",
            "steps": "Buat akun di oss.go.id\nIsi data usaha dan pilih KBLI\nNIB terbit "
                     "otomatis\nBila perlu, minta pendampingan di Mal Pelayanan Publik",
            "is_free": True,
            "schedule": _JAM,
            "place": "Mal Pelayanan Publik Wonosobo, loket DPMPTSP",
            "contact": "(0286) 325111",
            "link": "https://oss.go.id",
        },
    ],
    "dpupr": [
        {
            "name": "Persetujuan Bangunan Gedung (PBG)",
            "audience": "Pemilik bangunan yang akan membangun baru, mengubah, memperluas atau "
                        "merawat bangunan gedung.",
            "requirements": "KTP-el pemilik\nBukti kepemilikan tanah (sertifikat)\nKKPR atau "
                            "informasi tata ruang\nGambar rencana arsitektur, struktur dan "
                            "utilitas\nSurat pernyataan tidak dalam sengketa",
            "steps": "Ajukan permohonan di simbg.pu.go.id\nKonsultasi dengan Tim Profesi Ahli "
                     "atau Tim Penilai Teknis\nPenilaian dan penetapan retribusi\nBayar "
                     "retribusi PBG\nPBG terbit",
            "is_free": False,
            "cost": "Retribusi PBG sesuai Perda Kabupaten Wonosobo tentang Pajak Daerah dan "
                    "Retribusi Daerah; dihitung dari luas, fungsi dan indeks bangunan",
            "schedule": _JAM,
            "place": "Mal Pelayanan Publik Wonosobo dan SIMBG daring",
            "contact": "(0286) 321427",
            "link": "https://simbg.pu.go.id",
        },
    ],
    "perumda-tirta-aji": [
        {
            "name": "Pasang Baru Sambungan Air Minum",
            "audience": "Rumah tangga, usaha dan instansi di wilayah jangkauan jaringan pipa "
                        "Perumda Tirta Aji.",
            "requirements": "Fotokopi KTP-el\nFotokopi Kartu Keluarga\nDenah lokasi rumah\n"
                            "Fotokopi rekening listrik tetangga terdekat",
            "steps": "Daftar di kantor pelayanan atau lewat WhatsApp\nSurvei lokasi oleh "
                     "petugas dalam 3 hari kerja\nBayar biaya sambungan\nPemasangan meter air "
                     "dalam 7 hari kerja",
            "is_free": False,
            "cost": "Rp 1.350.000 untuk rumah tangga (termasuk meter air dan pipa 10 meter); "
                    "bisa dicicil 6 kali",
            "schedule": "Senin–Jumat 07.30–14.00",
            "place": "Kantor Pusat Perumda Tirta Aji, Jl. Mayjen Bambang Sugeng Km 1,5",
            "contact": "Call center (0286) 321551, WhatsApp 0811-2650-321",
            "link": "https://tirtaaji.co.id",
        },
        {
            "name": "Pengaduan Gangguan Air dan Kebocoran Pipa",
            "audience": "Pelanggan dan warga yang melihat kebocoran pipa di jalan.",
            "requirements": "Nomor sambungan pelanggan (bila ada)\nAlamat atau titik lokasi "
                            "kebocoran",
            "steps": "Laporkan lewat call center atau WhatsApp\nPetugas datang dalam 1x24 jam",
            "is_free": True,
            "schedule": "24 jam",
            "place": "Seluruh wilayah layanan",
            "contact": "Call center (0286) 321551",
        },
    ],
    "polres-wonosobo": [
        {
            "name": "Surat Keterangan Catatan Kepolisian (SKCK)",
            "audience": "Warga yang membutuhkan SKCK untuk melamar kerja, CPNS, sekolah atau "
                        "keperluan lain.",
            "requirements": "Fotokopi KTP-el\nFotokopi Kartu Keluarga\nFotokopi akta kelahiran "
                            "atau ijazah terakhir\nPas foto berwarna 4x6 latar merah 6 lembar\n"
                            "Sidik jari dari Polres (untuk pembuatan baru)",
            "steps": "Daftar daring di skck.polri.go.id atau aplikasi POLRI SUPER APP\nDatang "
                     "ke Polres (tingkat kabupaten) atau Polsek (tingkat kecamatan)\nPerekaman "
                     "sidik jari dan verifikasi\nBayar PNBP dan ambil SKCK",
            "is_free": False,
            "cost": "Rp 30.000 (PNBP sesuai PP 76/2020)",
            "schedule": "Senin–Jumat 08.00–14.00, Sabtu 08.00–12.00",
            "place": "Satintelkam Polres Wonosobo, Jl. Bhayangkara No. 1",
            "contact": "(0286) 321110",
            "link": "https://skck.polri.go.id",
        },
    ],
    "pln-ulp-wonosobo": [
        {
            "name": "Sambung Baru Listrik",
            "audience": "Rumah, usaha dan fasilitas umum yang belum memiliki sambungan "
                        "listrik PLN.",
            "requirements": "KTP-el pemohon\nNomor HP dan email aktif\nTitik lokasi rumah\n"
                            "Sertifikat Laik Operasi (SLO) instalasi rumah",
            "steps": "Ajukan lewat aplikasi PLN Mobile\nBayar biaya penyambungan lewat bank "
                     "atau kantor pos\nPetugas memasang kWh meter",
            "is_free": False,
            "cost": "Sesuai daya; misalnya 900 VA Rp 843.000 dan 1.300 VA Rp 1.218.000 "
                    "(sering ada promo di PLN Mobile)",
            "schedule": "Pendaftaran 24 jam lewat PLN Mobile",
            "place": "PLN ULP Wonosobo, Jl. A. Yani No. 34",
            "contact": "Call center PLN 123",
            "link": "https://pln.co.id/pln-mobile",
        },
    ],
    "bpjs-kesehatan": [
        {
            "name": "Pendaftaran Peserta JKN Mandiri (BPJS Kesehatan)",
            "audience": "Warga yang belum menjadi peserta JKN dan bukan pekerja penerima upah.",
            "requirements": "KTP-el dan Kartu Keluarga\nNomor rekening bank untuk autodebet\n"
                            "Nomor HP dan email aktif",
            "steps": "Daftar lewat aplikasi Mobile JKN atau PANDAWA (WhatsApp 0811-8165-165)\n"
                     "Pilih kelas perawatan\nBayar iuran pertama\nKartu aktif 14 hari setelah "
                     "pendaftaran",
            "is_free": False,
            "cost": "Iuran per orang per bulan: kelas 1 Rp 150.000, kelas 2 Rp 100.000, kelas "
                    "3 Rp 35.000 (Perpres 63/2022)",
            "schedule": "Kantor: Senin–Jumat 08.00–15.00; Mobile JKN 24 jam",
            "place": "BPJS Kesehatan Kantor Kabupaten Wonosobo, Jl. T. Jogonegoro",
            "contact": "Care Center 165",
            "link": "https://www.bpjs-kesehatan.go.id",
        },
    ],
    "bppkad": [
        {
            "name": "Pembayaran PBB-P2",
            "audience": "Wajib pajak bumi dan bangunan perdesaan dan perkotaan di Wonosobo.",
            "requirements": "Nomor Objek Pajak (NOP) dari SPPT",
            "steps": "Cek tagihan dengan NOP\nBayar di Bank Jateng, kantor pos, minimarket "
                     "atau QRIS\nSimpan bukti bayar",
            "is_free": False,
            "cost": "Sesuai SPPT tahun berjalan",
            "schedule": "Jatuh tempo 31 Agustus",
            "place": "Bank Jateng, kantor pos, dan kanal pembayaran daring",
            "contact": "(0286) 321200",
        },
    ],
    "disnakerintrans": [
        {
            "name": "Kartu Tanda Pencari Kerja (Kartu Kuning / AK-1)",
            "audience": "Pencari kerja warga Wonosobo berusia minimal 18 tahun.",
            "requirements": "KTP-el\nIjazah terakhir\nPas foto 3x4",
            "steps": "Daftar di karirhub.kemnaker.go.id\nCetak bukti pendaftaran\nVerifikasi "
                     "dan cetak kartu di Disnakerintrans",
            "is_free": True,
            "schedule": _JAM,
            "place": "Disnakerintrans, Jl. Sumbing No. 7",
            "contact": "(0286) 321552",
        },
    ],
    "dinsos-pmd": [
        {
            "name": "Usulan Masuk Data Terpadu Kesejahteraan Sosial (DTKS)",
            "audience": "Keluarga kurang mampu yang belum terdaftar untuk bantuan sosial (PKH, "
                        "BPNT, PBI JKN).",
            "requirements": "KTP-el dan Kartu Keluarga\nSurat keterangan tidak mampu dari desa",
            "steps": "Ajukan lewat musyawarah desa atau aplikasi Cek Bansos\nVerifikasi oleh "
                     "pendamping\nPenetapan oleh Kementerian Sosial",
            "is_free": True,
            "schedule": _JAM,
            "place": "Kantor desa/kelurahan dan Dinsos PMD",
            "contact": "(0286) 321013",
        },
    ],
    "kemenag-wonosobo": [
        {
            "name": "Pendaftaran Haji Reguler",
            "audience": "Warga muslim berusia minimal 12 tahun yang ingin berhaji.",
            "requirements": "KTP-el dan Kartu Keluarga\nAkta kelahiran atau buku nikah\nBukti "
                            "setoran awal BPIH Rp 25.000.000 dari bank penerima setoran\nPas "
                            "foto 3x4 dan 4x6 latar putih",
            "steps": "Buka tabungan haji dan setor awal\nDaftar di seksi PHU Kemenag\nRekam "
                     "foto dan sidik jari\nTerima nomor porsi",
            "is_free": False,
            "cost": "Setoran awal Rp 25.000.000 (bagian dari BPIH)",
            "schedule": _JAM,
            "place": "Kantor Kemenag Kabupaten Wonosobo, Jl. T. Jogonegoro",
            "contact": "(0286) 321385",
        },
    ],
}

PROGRAMMES: list[dict] = [
    {"agency": "dinkes", "title": "Bulan Imunisasi Anak Nasional (BIAN)", "start": -5, "days": 30,
     "place": "Seluruh posyandu dan puskesmas", "target_group": "Anak usia 9 bulan–12 tahun",
     "description": "Imunisasi kejar campak-rubela dan polio untuk anak yang belum lengkap "
                    "imunisasinya."},
    {"agency": "disdukcapil", "title": "Jemput Bola Adminduk ke Desa", "start": 2, "days": 40,
     "place": "Kecamatan Kejajar, Sapuran, Garung dan Kalibawang",
     "target_group": "Lansia, penyandang disabilitas dan warga desa terpencil",
     "description": "Perekaman KTP-el, KIA dan akta langsung di balai desa."},
    {"agency": "dpupr", "title": "Rehabilitasi Jalan Kertek–Kalikajar", "start": 7, "days": 45,
     "place": "Ruas Kertek–Kalikajar km 3–7", "target_group": "Pengguna jalan",
     "description": "Pengaspalan ulang dan perbaikan drainase; ada buka-tutup arus."},
    {"agency": "dlh", "title": "Gerakan Wonosobo Bersih Sampah", "start": 0, "days": 60,
     "place": "Seluruh kecamatan", "target_group": "Warga, sekolah dan pelaku usaha",
     "description": "Pemilahan sampah dari rumah dan penambahan bank sampah desa."},
    {"agency": "dinsos-pmd", "title": "Verifikasi dan Validasi DTKS", "start": 10, "days": 21,
     "place": "Seluruh desa/kelurahan", "target_group": "Keluarga penerima bantuan sosial"},
    {"agency": "dispaperkan", "title": "Gerakan Tanam Cabai dan Bawang", "start": 15, "days": 30,
     "place": "Kecamatan Kejajar dan Garung", "target_group": "Kelompok tani dan KWT",
     "description": "Pembagian benih dan pendampingan untuk menekan inflasi pangan."},
    {"agency": "bpbd", "title": "Sosialisasi Desa Tangguh Bencana", "start": 20, "days": 14,
     "place": "Desa rawan longsor di Kecamatan Kejajar dan Watumalang",
     "target_group": "Relawan desa dan perangkat desa"},
    {"agency": "bpjs-kesehatan", "title": "BPJS Kesehatan Keliling", "start": 3, "days": 20,
     "place": "Kantor kecamatan bergiliran", "target_group": "Peserta JKN dan calon peserta",
     "is_public": True},
]
