"""What Wonosobo's citizens write to their agencies on WhatsApp, Facebook and Instagram, for the
demo and `simulate_channels`: questions about services, complaints, thanks, emoji, spam, in
Indonesian, Javanese and slang, as people really type them. Each item names the agency, the
channels it fits, an officer's answer where one is due, and sometimes a follow-up or a reply of
another citizen in the same comment thread."""

# Agencies of the demo with connected accounts: (slug, account name, Instagram user name).
ACCOUNTS: list[tuple[str, str, str]] = [
    ("diskominfo", "Diskominfo Wonosobo", "diskominfo.wonosobo"),
    ("dpupr", "DPUPR Kabupaten Wonosobo", "dpupr.wonosobo"),
    ("disdukcapil", "Disdukcapil Wonosobo", "dukcapil.wonosobo"),
    ("bpbd", "BPBD Kabupaten Wonosobo", "bpbd.wonosobo"),
    ("polres-wonosobo", "Polres Wonosobo", "polres_wonosobo"),
    ("pln-ulp-wonosobo", "PLN ULP Wonosobo", "pln.wonosobo"),
    ("perumda-tirta-aji", "Perumda Air Minum Tirta Aji", "tirtaaji.wonosobo"),
    ("kec-kertek", "Kecamatan Kertek", "kec.kertek"),
    ("bpjs-kesehatan", "BPJS Kesehatan KC Wonosobo", "bpjskesehatan.wonosobo"),
]

WA, FB, IG = "whatsapp", "facebook", "instagram"
COMMENTS = (FB, IG)
ALL = (WA, FB, IG)

# (full name, Instagram user name)
PEOPLE: list[tuple[str, str]] = [
    ("Siti Aminah", "sitiaminah_wsb"), ("Budi Santoso", "budi.santoso88"),
    ("Sri Rahayu", "srirahayu.kertek"), ("Agus Setiawan", "agus_stwn"),
    ("Dwi Lestari", "dwilestari__"), ("Joko Purnomo", "jokopurnomo.id"),
    ("Wahyu Nugroho", "wahyunugroho_"), ("Nur Hidayah", "nurhidayah.wsb"),
    ("Slamet Widodo", "mbah_slamet"), ("Eko Prasetyo", "ekopras_dieng"),
    ("Ratna Sari", "ratnasari.07"), ("Tri Wibowo", "triwibowo_wsb"),
    ("Yuli Astuti", "yuliastuti22"), ("Bambang Hartono", "bambang.h"),
    ("Indah Permatasari", "indahpermata"), ("Fajar Ramadhan", "fajar.rmdhn"),
    ("Puji Lestari", "puji_lestari_"), ("Heru Susanto", "herususanto"),
    ("Anisa Fitri", "anisafitri.wsb"), ("Rizky Maulana", "rizkymaulana__"),
    ("Suparmi", "suparmi.sapuran"), ("Teguh Riyanto", "teguh_kalikajar"),
    ("Lina Marlina", "linamarlina"), ("Ahmad Fauzi", "ahmadfauzi.wsb"),
    ("Dewi Kurniawati", "dewikurnia"), ("Mas Ipul", "ipul_wonosobo"),
    ("Novi Andriani", "novi.andr"), ("Sugeng Raharjo", "sugeng_rhj"),
    ("Mbak Tutik", "tutik.garung"), ("Arif Budiman", "arifbudiman_"),
]

ITEMS: list[dict] = [
    # ---------------------------------------------------------------- Perumda Tirta Aji (PDAM)
    {"agency": "perumda-tirta-aji", "channels": ALL,
     "text": "Min air PDAM di Kertek mati dari subuh, sampai skrg blm nyala. Kapan normal lagi?",
     "reply": "Mohon maaf atas ketidaknyamanannya. Sedang ada perbaikan pipa transmisi di "
              "Jl. Raya Kertek–Sapuran, air diperkirakan kembali normal pukul 15.00 WIB.",
     "followup": "Di Reco juga mati lho min, padahal besok mau hajatan",
     "convert": True},
    {"agency": "perumda-tirta-aji", "channels": ALL,
     "text": "Permisi, air di Perum Mojotengah keruh banget kaya teh susu sudah 3 hari. "
             "Apa aman buat masak?",
     "reply": "Terima kasih laporannya. Kekeruhan karena pengurasan reservoir setelah hujan "
              "deras; petugas kami akan flushing jaringan di Mojotengah hari ini. Sementara "
              "air sebaiknya diendapkan dan dimasak sampai mendidih."},
    {"agency": "perumda-tirta-aji", "channels": (WA,),
     "text": "Selamat siang, saya mau tanya syarat pasang sambungan baru PDAM untuk rumah di "
             "Desa Bumirejo berapa ya biayanya?",
     "reply": "Selamat siang. Syaratnya fotokopi KTP, KK, dan denah lokasi; biaya pemasangan "
              "baru Rp1.250.000 (sudah termasuk meter air). Pendaftaran bisa di kantor "
              "Tirta Aji Jl. Bhayangkara atau lewat WhatsApp ini."},
    {"agency": "perumda-tirta-aji", "channels": (WA,),
     "text": "Tagihan bulan ini kok naik 3x lipat ya min, padahal pemakaian biasa aja. "
             "No pelanggan 05-1234-887",
     "reply": "Kami cek dulu nggih. Hasil baca meter bulan ini 48 m³ dibanding rata-rata 15 m³; "
              "kemungkinan ada kebocoran setelah meter. Petugas akan cek lokasi besok pagi.",
     "convert": True},
    {"agency": "perumda-tirta-aji", "channels": COMMENTS,
     "text": "Pipa bocor di depan Pasar Kertek muncrat kemana2, sayang airnya terbuang 😭",
     "reply": "Terima kasih infonya kak, tim teknik sudah meluncur ke lokasi."},
    {"agency": "perumda-tirta-aji", "channels": ALL,
     "text": "Alhamdulillah air sudah lancar lagi. Matur nuwun Tirta Aji 🙏", "reply": ""},
    {"agency": "perumda-tirta-aji", "channels": COMMENTS,
     "text": "Banyu ning Kalikajar kok cilik banget mlebune, wis seminggu. Piye iki?",
     "reply": "Nyuwun pangapunten. Tekanan air di Kalikajar turun karena debit sumber "
              "berkurang di musim kemarau; kami atur giliran distribusi mulai minggu ini."},

    # ---------------------------------------------------------------- DPUPR (roads)
    {"agency": "dpupr", "channels": ALL,
     "text": "Jalan ke Dieng setelah Kejajar banyak lubang besar min, kemarin ada motor jatuh "
             "pas kabut. Tolong segera ditambal sebelum ada korban.",
     "reply": "Terima kasih laporannya. Ruas Kejajar–Dieng masuk jadwal penambalan UPT "
              "Pemeliharaan Jalan minggu ini; mohon berhati-hati saat kabut.",
     "followup": "Betul, deket tikungan Sikunang paling parah",
     "convert": True},
    {"agency": "dpupr", "channels": COMMENTS,
     "text": "Jalan Kalianget–Garung itu kapan diaspal ulang? Sudah kaya sungai kering 🙄",
     "reply": "Ruas tersebut sudah masuk usulan rehabilitasi tahun anggaran depan. "
              "Penambalan darurat dijadwalkan bulan ini."},
    {"agency": "dpupr", "channels": ALL,
     "text": "Drainase di Jl. Tumenggung Jogonegoro mampet, tiap hujan air naik ke jalan dan "
             "masuk toko.",
     "reply": "Kami teruskan ke bidang Sumber Daya Air untuk normalisasi saluran; tim "
              "dijadwalkan membersihkan sedimen hari Kamis.",
     "convert": True},
    {"agency": "dpupr", "channels": (WA,),
     "text": "Mau tanya, untuk ngurus PBG (dulu IMB) rumah tinggal syaratnya apa saja ya?",
     "reply": "PBG diajukan lewat SIMBG (simbg.pu.go.id) dengan KTP, bukti kepemilikan tanah, "
              "dan gambar rencana bangunan. Konsultasi bisa di Mal Pelayanan Publik."},
    {"agency": "dpupr", "channels": COMMENTS,
     "text": "Mantap pak, jalan Sapuran sudah mulus sekarang 👍👍", "reply": ""},
    {"agency": "dpupr", "channels": COMMENTS,
     "text": "Jembatan gantung di Kaliwiro papannya pada copot, anak sekolah lewat situ tiap "
             "hari. Mohon dicek.",
     "reply": "Terima kasih. Tim teknis akan meninjau jembatan bersama pemerintah desa besok; "
              "sementara mohon warga berhati-hati.",
     "convert": True},
    {"agency": "dpupr", "channels": (FB,),
     "text": "Lampu PJU di tanjakan Tieng mati semua, malem gelap banget rawan kecelakaan",
     "reply": "Laporan kami teruskan ke Disperkimhub yang menangani PJU. Terima kasih."},

    # ---------------------------------------------------------------- Disdukcapil
    {"agency": "disdukcapil", "channels": ALL,
     "text": "Min blanko e-KTP di kecamatan Kertek katanya habis, kapan ada lagi? Saya sudah "
             "rekam dari 2 bulan lalu.",
     "reply": "Blanko dari pusat sudah datang minggu ini. Silakan ambil e-KTP di Disdukcapil "
              "atau kecamatan dengan membawa bukti perekaman.",
     "followup": "Saya juga sama min, yang rekam bulan Agustus sudah bisa belum?"},
    {"agency": "disdukcapil", "channels": (WA,),
     "text": "Selamat pagi, bikin akta kelahiran anak syaratnya apa saja? Anak lahir di "
             "RS Setjonegoro.",
     "reply": "Selamat pagi. Syaratnya surat keterangan lahir dari RS, KK, KTP kedua orang "
              "tua, dan buku nikah. Bisa diajukan daring lewat aplikasi SIDUKUN atau di "
              "kantor Disdukcapil."},
    {"agency": "disdukcapil", "channels": (WA,),
     "text": "Kak, KK saya salah nama ibu kandung, cara benerinnya gimana ya? Harus ke kantor?",
     "reply": "Perbaikan data bisa dengan membawa KK asli, KTP, dan dokumen pendukung "
              "(ijazah atau akta kelahiran) ke Disdukcapil atau loket kecamatan."},
    {"agency": "disdukcapil", "channels": COMMENTS,
     "text": "Antrian di dukcapil tadi pagi sampai luar gedung, kasihan yang sepuh2 berdiri "
             "lama. Mbok ya ditambah kursinya.",
     "reply": "Terima kasih masukannya. Mulai minggu depan kami tambah kursi tunggu dan "
              "loket prioritas lansia.",
     "convert": True},
    {"agency": "disdukcapil", "channels": COMMENTS,
     "text": "Pelayanan IKD cepet banget, 10 menit beres. Makasih dukcapil 🙏✨", "reply": ""},
    {"agency": "disdukcapil", "channels": (WA,),
     "text": "Pak, nek pindah domisili seko Banjarnegara mrene pripun carane?",
     "reply": "Pindah datang cukup membawa SKPWNI dari Banjarnegara dan KK lama ke "
              "Disdukcapil Wonosobo; prosesnya satu hari kerja."},

    # ---------------------------------------------------------------- BPBD
    {"agency": "bpbd", "channels": ALL,
     "text": "Ada longsor kecil di jalan Kejajar–Tieng, tanahnya nutup separuh jalan. "
             "Masih hujan terus.",
     "reply": "Terima kasih informasinya. TRC BPBD sudah menuju lokasi bersama relawan; "
              "pengendara dimohon berhati-hati dan mengikuti arahan petugas.",
     "convert": True},
    {"agency": "bpbd", "channels": (WA,),
     "text": "Pohon tumbang di Jl. Dieng depan SMP 1 Kejajar, ngalangi jalan total",
     "reply": "Tim BPBD dan Damkar sedang menuju lokasi membawa gergaji mesin. Terima kasih.",
     "followup": "Sudah dibersihkan, jalan bisa dilewati lagi. Cepet banget, nuwun"},
    {"agency": "bpbd", "channels": COMMENTS,
     "text": "Kalau mau jadi relawan desa tangguh bencana daftarnya dimana ya min?",
     "reply": "Pendaftaran relawan lewat pemerintah desa masing-masing; pelatihan Destana "
              "berikutnya kami umumkan di akun ini."},
    {"agency": "bpbd", "channels": COMMENTS,
     "text": "Salut sama tim BPBD yang kemarin evakuasi warga di Sapuran malem2 🙏🔥",
     "reply": ""},
    {"agency": "bpbd", "channels": (WA,),
     "text": "Tebing belakang rumah saya retak memanjang setelah hujan, di Dusun Sigedang. "
             "Apakah perlu mengungsi?",
     "reply": "Mohon segera menjauh dari tebing saat hujan deras. Tim kajian BPBD akan "
              "meninjau retakan bersama perangkat desa hari ini.",
     "convert": True},

    # ---------------------------------------------------------------- Polres
    {"agency": "polres-wonosobo", "channels": (WA,),
     "text": "Selamat malam pak, mau lapor ada balap liar tiap malam minggu di jalan "
             "Kertek–Kalikajar, berisik dan bahaya.",
     "reply": "Terima kasih informasinya. Patroli Samapta akan ditingkatkan di ruas tersebut "
              "pada malam minggu.",
     "convert": True},
    {"agency": "polres-wonosobo", "channels": ALL,
     "text": "Perpanjang SIM C bisa di SIM keliling ga ya? Jadwalnya dimana aja minggu ini?",
     "reply": "Bisa untuk perpanjangan. Jadwal SIM keliling minggu ini: Senin alun-alun, "
              "Rabu Kecamatan Kertek, Jumat Kecamatan Sapuran, pukul 08.00–12.00."},
    {"agency": "polres-wonosobo", "channels": (WA,),
     "text": "Dompet saya hilang di pasar induk isinya KTP dan STNK, cara bikin surat "
             "kehilangan gmn?",
     "reply": "Datang ke SPKT Polres atau Polsek terdekat dengan fotokopi KK; surat "
              "keterangan kehilangan dibuat gratis dan langsung jadi."},
    {"agency": "polres-wonosobo", "channels": COMMENTS,
     "text": "Macet parah di simpang Kertek tiap sore, mbok ada petugas yang ngatur",
     "reply": "Terima kasih masukannya, personel Satlantas akan ditempatkan di simpang "
              "Kertek pada jam pulang kerja."},
    {"agency": "polres-wonosobo", "channels": COMMENTS,
     "text": "Mantul pak polisi, ramah2 pas operasi zebra kemarin 👮‍♂️👍", "reply": ""},

    # ---------------------------------------------------------------- PLN
    {"agency": "pln-ulp-wonosobo", "channels": ALL,
     "text": "Listrik mati di Kertek dari jam 9 pagi, belum ada info pemadaman. Ada apa ya?",
     "reply": "Mohon maaf, ada gangguan penyulang akibat pohon menyentuh jaringan di "
              "Kertek. Petugas sedang perbaikan, estimasi menyala pukul 13.00.",
     "followup": "Sudah nyala jam 1 tadi, terima kasih"},
    {"agency": "pln-ulp-wonosobo", "channels": (WA,),
     "text": "Token listrik sudah beli tapi pas dimasukin gagal terus, 'reject'. Gimana ini "
             "min?",
     "reply": "Silakan kirim nomor meter dan 20 digit token; kami bantu cek apakah perlu "
              "input kode reset KWh meter terlebih dulu."},
    {"agency": "pln-ulp-wonosobo", "channels": COMMENTS,
     "text": "Kabel PLN di Jl. Sindoro kendor banget hampir nyentuh atap truk, bahaya",
     "reply": "Terima kasih laporannya, tim yantek segera mengencangkan kabel di lokasi.",
     "convert": True},
    {"agency": "pln-ulp-wonosobo", "channels": COMMENTS,
     "text": "Listrik byar pet terus di Garung tiap hujan, elektronik pada rusak 😡",
     "reply": "Mohon maaf. Kami lakukan pemeliharaan jaringan dan perantingan pohon di "
              "Garung minggu ini untuk mengurangi gangguan."},
    {"agency": "pln-ulp-wonosobo", "channels": (WA,),
     "text": "Mau tambah daya dari 900 ke 1300 VA prosesnya berapa lama ya?",
     "reply": "Pengajuan lewat aplikasi PLN Mobile; setelah pembayaran, penyambungan "
              "biasanya 2–5 hari kerja."},

    # ---------------------------------------------------------------- Kecamatan Kertek
    {"agency": "kec-kertek", "channels": (WA,),
     "text": "Assalamualaikum, ngurus surat pengantar SKCK di kecamatan bisa hari Sabtu "
             "nggak ya?",
     "reply": "Waalaikumsalam. Layanan kecamatan buka Senin–Jumat; untuk SKCK cukup "
              "pengantar dari desa, langsung ke Polsek Kertek."},
    {"agency": "kec-kertek", "channels": COMMENTS,
     "text": "Sampah numpuk di pinggir jalan dekat Pasar Kertek, baunya sampai masjid",
     "reply": "Terima kasih, kami koordinasikan dengan DLH untuk pengangkutan tambahan.",
     "convert": True},
    {"agency": "kec-kertek", "channels": ALL,
     "text": "Pak camat, posyandu lansia di Desa Candiyasan kapan jadwalnya bulan ini?",
     "reply": "Posyandu lansia Candiyasan hari Selasa minggu kedua, pukul 08.00 di balai desa."},
    {"agency": "kec-kertek", "channels": COMMENTS,
     "text": "Selamat hari jadi Kecamatan Kertek, sukses terus 🎉🎉", "reply": ""},
    {"agency": "kec-kertek", "channels": (WA,),
     "text": "Wifi gratis di balai desa Pagerejo mati sudah seminggu, anak2 buat belajar "
             "daring jadi susah",
     "reply": "Kami laporkan ke Diskominfo untuk pengecekan perangkat; terima kasih "
              "informasinya."},

    # ---------------------------------------------------------------- Diskominfo
    {"agency": "diskominfo", "channels": ALL,
     "text": "Ini beneran ga sih berita ada pembagian bansos Rp600rb lewat link di WA grup? "
             "Banyak yg share.",
     "reply": "Itu hoaks. Pemkab Wonosobo tidak membagikan bansos melalui tautan; jangan "
              "isi data pribadi di link tersebut."},
    {"agency": "diskominfo", "channels": COMMENTS,
     "text": "Website wonosobokab lagi down ya? Dari tadi ga bisa dibuka",
     "reply": "Sedang ada pemeliharaan server hingga pukul 14.00, mohon maaf atas "
              "ketidaknyamanannya."},
    {"agency": "diskominfo", "channels": (WA,),
     "text": "Di Dusun Sembungan sinyal HP susah banget, buat telpon aja putus2. Bisa "
             "diusulkan tower?",
     "reply": "Terima kasih. Sembungan sudah masuk daftar usulan wilayah blank spot ke "
              "Kominfo pusat untuk program BTS.",
     "convert": True},
    {"agency": "diskominfo", "channels": COMMENTS,
     "text": "Infonya sangat membantu min, terima kasih 🙏", "reply": ""},
    {"agency": "diskominfo", "channels": (WA,),
     "text": "Mau minta data jumlah penduduk per desa tahun ini untuk skripsi, bisa lewat "
             "PPID?",
     "reply": "Bisa. Silakan ajukan permohonan informasi di portal Jembatan atau datang ke "
              "PPID Diskominfo dengan KTP/kartu mahasiswa."},

    # ---------------------------------------------------------------- BPJS Kesehatan
    {"agency": "bpjs-kesehatan", "channels": (WA,),
     "text": "Kartu BPJS saya katanya nonaktif pas berobat di puskesmas, padahal PBI dari "
             "pemerintah. Kenapa ya?",
     "reply": "Status PBI Anda dinonaktifkan dalam pemutakhiran DTKS bulan lalu. Silakan "
              "ke Dinsos dengan KTP dan KK untuk pengaktifan kembali.",
     "convert": True},
    {"agency": "bpjs-kesehatan", "channels": ALL,
     "text": "Cara pindah faskes 1 dari puskesmas Kertek ke klinik dekat rumah gmn min?",
     "reply": "Pindah faskes bisa lewat aplikasi Mobile JKN menu Perubahan Data Peserta, "
              "setelah 3 bulan terdaftar di faskes lama."},
    {"agency": "bpjs-kesehatan", "channels": COMMENTS,
     "text": "Antrean online Mobile JKN ga bisa dipakai terus, error mulu 😤",
     "reply": "Mohon maaf, kami teruskan ke tim aplikasi. Silakan perbarui aplikasi ke "
              "versi terbaru."},

    # ---------------------------------------------------------------- emoji, thanks, spam
    {"agency": "dpupr", "channels": COMMENTS, "text": "👍👍👍", "reply": ""},
    {"agency": "disdukcapil", "channels": COMMENTS, "text": "🙏🙏", "reply": ""},
    {"agency": "perumda-tirta-aji", "channels": COMMENTS, "text": "😂😂😂", "reply": ""},
    {"agency": "bpbd", "channels": COMMENTS, "text": "❤️❤️", "reply": ""},
    {"agency": "polres-wonosobo", "channels": (WA,), "text": "Siap pak, matur nuwun",
     "reply": ""},
    {"agency": "pln-ulp-wonosobo", "channels": (WA,), "text": "ok min makasih infonya",
     "reply": ""},
    {"agency": "kec-kertek", "channels": COMMENTS, "text": "Mantap Kertek 🔥", "reply": ""},
    {"agency": "diskominfo", "channels": COMMENTS,
     "text": "Slot gacor hari ini maxwin terus, daftar sekarang bonus 100% klik bio 🎰💰",
     "reply": ""},
    {"agency": "dpupr", "channels": COMMENTS,
     "text": "Butuh dana cepat? Pinjaman online tanpa BI checking cair 5 menit, WA "
             "0812xxxxxxx", "reply": ""},
    {"agency": "bpjs-kesehatan", "channels": COMMENTS,
     "text": "Jual followers IG murah aktif permanen, cek bio kak 😍", "reply": ""},
    {"agency": "polres-wonosobo", "channels": COMMENTS,
     "text": "Promo judi online deposit pulsa tanpa potongan, link di bio", "reply": ""},

    # ---------------------------------------------------------------- more questions, slang,
    # Javanese
    {"agency": "perumda-tirta-aji", "channels": (WA,),
     "text": "Min meteran air saya muter terus padahal kran ditutup semua, itu kenapa ya?",
     "reply": "Kemungkinan ada kebocoran pipa setelah meter. Petugas kami bisa membantu "
              "mengecek; mohon kirim alamat dan nomor pelanggan."},
    {"agency": "dpupr", "channels": (WA,),
     "text": "Pak, trotoar di Jl. A. Yani depan alun2 banyak yang ambles, bahaya buat "
             "pejalan kaki malem2",
     "reply": "Terima kasih, tim kami cek besok pagi dan pasang pembatas sementara.",
     "convert": True},
    {"agency": "disdukcapil", "channels": COMMENTS,
     "text": "Min yg KTP nya udah jadi tapi belum diambil berapa lama disimpen? takut "
             "dibuang 😅",
     "reply": "KTP yang sudah dicetak tetap disimpan sampai diambil, kak. Jangan lupa bawa "
              "bukti perekaman."},
    {"agency": "bpbd", "channels": (FB,),
     "text": "Jalur pendakian Prau aman ga minggu ini? Katanya cuaca ekstrem",
     "reply": "BMKG memperkirakan hujan lebat dan angin kencang sampai akhir pekan; "
              "pendakian sebaiknya ditunda. Informasi resmi dari Basecamp Patak Banteng."},
    {"agency": "pln-ulp-wonosobo", "channels": COMMENTS,
     "text": "Jadwal pemadaman bergilir besok daerah mana aja min?",
     "reply": "Besok pukul 09.00–14.00 di sebagian Kalikajar dan Kertek untuk pemeliharaan "
              "jaringan; daftar lengkap di unggahan terbaru kami."},
    {"agency": "polres-wonosobo", "channels": (WA,),
     "text": "Pak tetangga sebelah mabuk2an tiap malem sampe jam 2, wis ditegur ora mempan",
     "reply": "Terima kasih laporannya, Bhabinkamtibmas desa setempat akan menindaklanjuti "
              "bersama perangkat desa.",
     "convert": True},
    {"agency": "kec-kertek", "channels": (WA,),
     "text": "Bu, bantuan PKH untuk ibu saya kok belum cair, padahal tetangga sudah. "
             "Harus tanya siapa?",
     "reply": "Silakan hubungi pendamping PKH Kecamatan Kertek di kantor kecamatan hari kerja, "
              "membawa KKS dan KTP ibu."},
    {"agency": "diskominfo", "channels": (IG,),
     "text": "Min kapan ada pelatihan digital marketing buat UMKM lagi? pengen ikut",
     "reply": "Pelatihan berikutnya bulan depan bersama Disdagkopukm; pendaftaran kami "
              "umumkan di akun ini."},
    {"agency": "perumda-tirta-aji", "channels": COMMENTS,
     "text": "Kenapa PDAM di Wonosobo kota lancar tapi di desa2 sering mati? gak adil",
     "reply": "Sebagian desa dilayani sumber mata air dengan debit yang turun saat kemarau; "
              "kami sedang membangun reservoir tambahan di Kertek dan Kalikajar."},
    {"agency": "dpupr", "channels": (IG,),
     "text": "Jalan Dieng longsor lagi ya? Mau ke Telaga Warna besok aman ga",
     "reply": "Ruas Dieng bisa dilewati dengan buka-tutup di km 18. Pantau informasi terkini "
              "di akun kami sebelum berangkat."},
    {"agency": "bpjs-kesehatan", "channels": (WA,),
     "text": "Nunggak iuran BPJS mandiri 8 bulan, ada program keringanan ga? lagi susah",
     "reply": "Ada program REHAB (cicilan tunggakan) lewat aplikasi Mobile JKN; tunggakan "
              "dapat dicicil hingga 12 kali."},
    {"agency": "disdukcapil", "channels": (WA,),
     "text": "Kulo badhe tangklet, akta kematian bapak kulo saged diurus teng kecamatan "
             "nopo mboten?",
     "reply": "Saged, Bapak/Ibu. Bekta surat keterangan kematian saking desa, KK, lan KTP "
              "almarhum dhateng loket kecamatan."},
    {"agency": "bpbd", "channels": (WA,),
     "text": "Asap tebal dari pembakaran lahan di atas Desa Tieng, takut merambat ke hutan",
     "reply": "Tim BPBD dan Damkar bersama Perhutani menuju lokasi. Terima kasih sudah "
              "melapor cepat."},
    {"agency": "pln-ulp-wonosobo", "channels": (WA,),
     "text": "Tiang listrik miring di depan SD Kalibeber, takut roboh pas angin",
     "reply": "Terima kasih, tim kami pasang penguat tiang hari ini.", "convert": True},
    {"agency": "polres-wonosobo", "channels": (IG,),
     "text": "Kak, syarat bikin SKCK online apa aja? yg buat daftar CPNS",
     "reply": "Daftar di skck.polri.go.id, siapkan KTP, KK, akta lahir, pas foto latar "
              "merah, lalu datang ke Polres membawa bukti pendaftaran."},
    {"agency": "kec-kertek", "channels": COMMENTS,
     "text": "Lapangan Kertek becek terus abis hujan, kapan dibenerin drainasenya?",
     "reply": "Perbaikan drainase lapangan sudah diusulkan dalam Musrenbang kecamatan "
              "tahun ini."},
    {"agency": "diskominfo", "channels": (FB,),
     "text": "Tolong dong pengumuman CPNS Pemkab dishare juga di FB, ga semua orang main IG",
     "reply": "Siap, pengumuman resmi juga kami unggah di halaman Facebook ini dan website "
              "wonosobokab.go.id."},
    {"agency": "dpupr", "channels": (WA,),
     "text": "gan jalan desa Tlogo rusak parah, truk sayur susah lewat, harga jadi naik",
     "reply": "Jalan desa menjadi kewenangan pemerintah desa; laporan kami teruskan ke "
              "Dinas PMD dan Kecamatan Garung untuk usulan perbaikan."},
    {"agency": "perumda-tirta-aji", "channels": (WA,),
     "text": "Ok sip, wis mili maneh. Suwun",
     "reply": ""},
    {"agency": "bpjs-kesehatan", "channels": COMMENTS,
     "text": "Terima kasih BPJS, operasi ibu saya ditanggung full 🙏❤️", "reply": ""},
    {"agency": "disdukcapil", "channels": (FB,),
     "text": "Udah 3 kali bolak balik ngurus KIA anak, tiap dateng disuruh balik lagi, "
             "gimana sih pelayanannya",
     "reply": "Mohon maaf atas pengalamannya. Kami cek berkasnya; silakan kirim nama anak "
              "dan nomor KK lewat pesan agar bisa kami bantu langsung.",
     "convert": True},
    {"agency": "kec-kertek", "channels": (IG,),
     "text": "Mas admin, ada info lowongan kerja dari kecamatan ga?",
     "reply": "Info lowongan resmi ada di Disnakerintrans dan bursa kerja daring "
              "karirhub.kemnaker.go.id."},
    {"agency": "bpbd", "channels": (IG,),
     "text": "Sirine peringatan dini di Desa Jengkol bunyi sendiri semalam, rusak ya?",
     "reply": "Terima kasih, teknisi EWS kami cek hari ini. Sirine tidak terkait kejadian "
              "bencana."},
    {"agency": "polres-wonosobo", "channels": (FB,),
     "text": "Awas penipuan ngaku2 petugas PLN minta transfer buat ganti meteran, udah ada "
             "korban di Kalikajar",
     "reply": "Terima kasih sudah berbagi. Warga yang dirugikan dapat melapor ke SPKT "
              "Polres; kami koordinasikan dengan PLN."},
]
