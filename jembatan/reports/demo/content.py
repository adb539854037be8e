"""Citizen reports of the Wonosobo demo, with the agencies' answers."""

REPORT_TEMPLATES: list[dict] = [
    {
        "kind": "pengaduan",
        "agency": "dpupr",
        "category": "Jalan dan jembatan",
        "title": "Jalan depan SD 2 Kalibeber rusak parah",
        "body": (
            "jln di dpn SD 2 kalibeber rusak parah min, udh 3 bln gk diperbaiki. lubangnya dalem2, "
            "kalo ujan ketutup air jd gk keliatan. anak2 sekolah tiap pagi lewat situ, kmrn ada "
            "ibu2 bonceng anaknya hampir jatuh. mohon segera ditambal nggih"
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.1009",
        "address": "Jl. Raya Kalibeber, depan SD Negeri 2 Kalibeber",
        "reply": (
            "Terima kasih atas laporannya. Tim UPT Pemeliharaan Jalan DPUPR telah melakukan "
            "penambalan lubang sepanjang kurang lebih 60 meter di depan SD Negeri 2 Kalibeber pada "
            "hari Selasa. Perbaikan menyeluruh berupa pengaspalan ulang ruas tersebut kami usulkan "
            "dalam anggaran pemeliharaan tahun depan. Apabila masih ditemukan lubang, silakan "
            "hubungi DPUPR di (0286) 321427."
        ),
        "progress": (
            "Laporan sudah kami terima dan diteruskan ke UPT Pemeliharaan Jalan DPUPR untuk survei "
            "lokasi minggu ini."
        ),
        "reporter_followup": (
            "Tambahan: lubangnya sekarang makin lebar, kemarin sore ada motor jatuh pas hujan."
        ),
    },
    {
        "kind": "pengaduan",
        "agency": "dpupr",
        "category": "Jalan dan jembatan",
        "title": "Jembatan kayu di Tracap sudah lapuk, takut ambrol",
        "body": (
            "Assalamualaikum. Jembatan kayu penghubung dusun di Desa Tracap Kec. Kaliwiro papannya "
            "sudah banyak yang lapuk dan bolong. Padahal itu jalan satu-satunya warga ke sawah dan "
            "anak-anak ke sekolah. Motor sudah tidak berani lewat, kalau jalan kaki harus "
            "pelan-pelan. Mohon ada perhatian dari dinas sebelum ada korban."
        ),
        "kecamatan": "33.07.04",
        "desa": "33.07.04.2014",
        "address": "Jembatan kayu Dusun Krajan, Desa Tracap",
        "reply": (
            "Terima kasih atas informasinya. Hasil peninjauan tim DPUPR bersama Pemerintah Desa "
            "Tracap menunjukkan gelagar dan papan lantai jembatan memang sudah tidak layak. "
            "Sebagai penanganan darurat, papan lantai telah diganti dan dipasang rambu batas beban "
            "maksimal sepeda motor. Penggantian dengan jembatan beton sedang kami usulkan melalui "
            "anggaran tahun berikutnya, dan perkembangannya dapat ditanyakan ke (0286) 321427."
        ),
        "progress": (
            "Tim teknis bidang Bina Marga dijadwalkan meninjau kondisi jembatan bersama pemerintah "
            "desa pekan ini."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dpupr",
        "category": "Jalan dan jembatan",
        "title": "Got mampet, Jl. Parakan banjir tiap hujan",
        "body": (
            "Mohon izin lapor, setiap hujan deras jalan di Jl. Parakan daerah Wringinanom sampai "
            "Kertek selalu tergenang air sampai semata kaki. Gorong-gorongnya sepertinya mampet "
            "sampah dan tanah. Air meluber ke rumah warga dan toko di pinggir jalan. Sudah "
            "beberapa kali warga kerja bakti tapi tidak kuat karena salurannya di bawah jalan."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.1001",
        "address": "Jl. Parakan, sekitar Kelurahan Wringinanom",
        "reply": (
            "Terima kasih atas laporan Bapak/Ibu. Petugas DPUPR telah membersihkan sedimen dan "
            "sampah pada gorong-gorong melintang di Jl. Parakan sekitar Wringinanom menggunakan "
            "alat penyedot. Kami juga memasang saringan sampah di mulut saluran agar tidak cepat "
            "tersumbat kembali. Kami mohon dukungan warga untuk tidak membuang sampah ke saluran."
        ),
        "progress": (
            "Laporan diteruskan ke Bidang Sumber Daya Air dan Drainase. Tim akan mengecek "
            "gorong-gorong di lokasi."
        ),
        "reporter_followup": (
            "Kemarin hujan deras lagi, genangan sudah jauh berkurang. Matur nuwun."
        ),
    },
    {
        "kind": "aspirasi",
        "agency": "dpupr",
        "category": "Jalan dan jembatan",
        "title": "Usul pelebaran jalan Sojokerto–Leksono",
        "body": (
            "Dengan hormat, saya warga Desa Sojokerto ingin menyampaikan usulan agar ruas jalan "
            "Sojokerto menuju pusat Kecamatan Leksono dilebarkan. Jalan tersebut sekarang ramai "
            "dilewati truk pengangkut kayu dan hasil bumi, sehingga kalau berpapasan salah satu "
            "harus turun ke bahu jalan yang berupa tanah. Beberapa tikungan juga sangat tajam "
            "tanpa cermin. Semoga dapat menjadi pertimbangan perencanaan tahun depan."
        ),
        "kecamatan": "33.07.05",
        "desa": "33.07.05.2004",
        "address": "Ruas Sojokerto–Leksono",
        "reply": (
            "Terima kasih atas usulannya. Ruas Sojokerto–Leksono sudah masuk daftar usulan "
            "peningkatan jalan kabupaten dan akan dibahas dalam penyusunan RKPD bersama Bapperida. "
            "Untuk tikungan tajam, kami telah berkoordinasi dengan Disperkimhub terkait pemasangan "
            "cermin tikungan dan rambu peringatan. Kami juga menyarankan usulan ini dikawal "
            "melalui Musrenbang desa dan kecamatan."
        ),
        "progress": "Usulan diterima dan dicatat sebagai bahan perencanaan Bidang Bina Marga.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dpupr",
        "category": "Jalan dan jembatan",
        "title": "Talud baru 2 bulan sudah retak",
        "body": (
            "talud jalan di gadingsukuh kepil itu baru selesai dibangun kira2 2 bulan lalu, skrg "
            "udah retak2 dan ada yg mulai ambrol di ujungnya. campurannya kyknya kebanyakan pasir, "
            "dikorek pake obeng aja rontok. tolong dicek kontraktornya, itu kan uang rakyat"
        ),
        "kecamatan": "33.07.02",
        "desa": "33.07.02.2004",
        "address": "Talud jalan Dusun Gadingsukuh",
        "reply": (
            "Terima kasih atas kepeduliannya. Tim DPUPR bersama konsultan pengawas telah memeriksa "
            "talud di Gadingsukuh dan menemukan retakan pada sekitar 8 meter bagian ujung. "
            "Pekerjaan tersebut masih dalam masa pemeliharaan, sehingga penyedia jasa telah "
            "diperintahkan membongkar dan memperbaiki bagian yang rusak atas biaya sendiri. "
            "Perbaikan ditargetkan selesai dalam dua minggu dan akan kami pantau."
        ),
        "progress": (
            "Laporan kami teruskan ke PPK kegiatan untuk pengecekan kualitas pekerjaan di lokasi."
        ),
        "reporter_followup": (
            "Sudah mulai dibongkar kemarin, tapi cuma sebagian. Mohon dipantau sampai selesai."
        ),
    },
    {
        "kind": "informasi",
        "agency": "dpupr",
        "category": "Informasi publik",
        "title": "Permohonan informasi anggaran peningkatan jalan Wadaslintang",
        "body": (
            "Dengan hormat, sesuai UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik, saya "
            "mohon salinan informasi nilai kontrak, nama penyedia, dan jangka waktu pekerjaan "
            "peningkatan jalan ruas Wadaslintang–Kaliwiro tahun anggaran berjalan. Informasi "
            "tersebut akan saya gunakan untuk pemantauan pekerjaan bersama karang taruna. Salinan "
            "mohon dikirim dalam bentuk softcopy melalui email."
        ),
        "kecamatan": "33.07.01",
        "desa": "33.07.01.1007",
        "address": "",
        "reply": (
            "Terima kasih atas permohonan informasinya. Informasi yang diminta termasuk informasi "
            "yang wajib tersedia setiap saat, dan salinan ringkasan kontrak (nilai kontrak, "
            "penyedia, dan jangka waktu pelaksanaan) telah kami kirimkan ke alamat email Saudara. "
            "Informasi yang sama juga dapat dilihat di laman LPSE Kabupaten Wonosobo. Jika masih "
            "ada kekurangan, silakan menghubungi PPID Pelaksana DPUPR di (0286) 321427."
        ),
        "progress": "Permohonan informasi diterima dan sedang diproses oleh PPID Pelaksana DPUPR.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dpupr",
        "category": "Pertanian",
        "title": "Saluran irigasi jebol, sawah di Kecis kering",
        "body": (
            "Nyuwun sewu, saluran irigasi dari bendung di Desa Kecis Selomerto jebol kira2 5 meter "
            "sejak hujan besar minggu lalu. Air ke sawah di bawahnya sekarang tidak ngalir, "
            "padahal padi baru umur sebulan. Petani sudah nambal pakai karung pasir tapi jebol "
            "lagi. Mohon dibantu perbaikan secepatnya nggih."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2001",
        "address": "Saluran irigasi Bendung Kecis",
        "reply": (
            "Terima kasih atas laporannya. Petugas DPUPR bersama P3A Desa Kecis telah memasang "
            "bronjong darurat pada tanggul yang jebol sehingga air sudah kembali mengalir ke petak "
            "sawah di bawahnya. Perbaikan permanen dengan pasangan batu dijadwalkan setelah masa "
            "tanam selesai agar tidak mengganggu pengairan. Koordinasi lanjutan dapat melalui "
            "pengamat pengairan wilayah Selomerto."
        ),
        "progress": (
            "Tim Bidang Sumber Daya Air sudah menjadwalkan peninjauan saluran bersama P3A Desa "
            "Kecis."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dpupr",
        "category": "Jalan dan jembatan",
        "title": "Jalan ambles di Ngadisalam, separuh badan jalan turun",
        "body": (
            "Lapor, jalan kabupaten Sapuran ke arah Ngadisalam ada yang ambles kurang lebih "
            "separuh badan jalan, retaknya memanjang sekitar 15 meter. Sudah dipasangi bambu dan "
            "ban bekas sama warga sebagai tanda. Kalau malam tidak ada penerangan jadi bahaya "
            "sekali. Mohon segera ditangani sebelum jalannya putus."
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.2011",
        "address": "Jalan Sapuran–Ngadisalam km 2",
        "reply": (
            "Terima kasih atas laporannya. Tim DPUPR dan BPBD telah meninjau lokasi; amblesnya "
            "jalan disebabkan gerusan air pada lereng di bawah badan jalan. Sementara ini telah "
            "dipasang rambu peringatan, lampu flip-flop, dan pengaturan lalu lintas satu lajur. "
            "Pembangunan bronjong dan perbaikan badan jalan akan dikerjakan melalui anggaran "
            "tanggap darurat, dan kami mohon pengguna jalan tetap berhati-hati."
        ),
        "progress": (
            "Laporan diterima. Kami berkoordinasi dengan BPBD karena lokasi berada di lereng rawan "
            "gerakan tanah."
        ),
        "reporter_followup": (
            "Retaknya nambah panjang setelah hujan semalam, sekarang truk masih nekat lewat."
        ),
    },
    {
        "kind": "pengaduan",
        "agency": "disperkimhub",
        "category": "Penerangan jalan",
        "title": "PJU mati sepanjang jalan Garung",
        "body": (
            "lampu PJU di jl raya dieng sekitar garung mati sdh seminggu lebih, dr depan masjid "
            "sampe pertigaan kira2 6 tiang. jalanan jd gelap banget pdhl truk sayur lewat terus "
            "malem2. mohon dibantu nggih"
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.1005",
        "address": "Jl. Raya Dieng Km 8, depan Masjid Garung",
        "reply": (
            "Terima kasih atas laporannya. Petugas UPT PJU Disperkimhub telah mengganti lima lampu "
            "yang putus dan memperbaiki satu panel kontrol yang terbakar di Jl. Raya Dieng Km 8 "
            "pada hari Kamis malam. Saat ini seluruh lampu di ruas tersebut sudah menyala kembali. "
            "Gangguan PJU berikutnya dapat dilaporkan ke (0286) 321204."
        ),
        "progress": "Laporan diteruskan ke UPT PJU untuk pengecekan lampu dan jaringan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disperkimhub",
        "category": "Lalu lintas dan transportasi",
        "title": "Lampu bangjo Kalianget mati, rawan tabrakan",
        "body": (
            "Lampu lalu lintas di perempatan Kalianget dekat RSUD mati total sejak Senin. Jam "
            "berangkat sekolah dan kantor jadi semrawut, tadi pagi hampir ada tabrakan motor sama "
            "mobil. Di situ juga banyak ambulans keluar masuk RS. Mohon segera diperbaiki atau "
            "minimal ada petugas yang ngatur."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1014",
        "address": "Simpang empat Kalianget dekat RSUD",
        "reply": (
            "Terima kasih atas informasinya. Kerusakan disebabkan modul kontroler yang tersambar "
            "petir, dan sudah diganti oleh petugas Disperkimhub pada hari yang sama pukul 15.00. "
            "Selama perbaikan, pengaturan arus lalu lintas dibantu personel Satlantas Polres "
            "Wonosobo. Lampu lalu lintas kini berfungsi normal."
        ),
        "progress": (
            "Tim perbaikan APILL sedang menuju lokasi. Kami juga meminta bantuan Satlantas untuk "
            "pengaturan sementara."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disperkimhub",
        "category": "Lalu lintas dan transportasi",
        "title": "Parkir di alun-alun ditarik 5 ribu",
        "body": (
            "Malam Minggu kemarin parkir motor di sekitar Alun-alun Wonosobo ditarik lima ribu, "
            "padahal setahu saya tarifnya dua ribu. Tukang parkirnya tidak pakai rompi dan tidak "
            "kasih karcis. Pas saya tanya malah ngegas. Tolong ditertibkan, kasihan wisatawan yang "
            "datang ke Wonosobo jadi kesan jelek."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1021",
        "address": "Sekitar Alun-alun Wonosobo",
        "reply": (
            "Terima kasih atas laporannya. Tim UPT Perparkiran bersama Satpol PP telah melakukan "
            "pemantauan pada Sabtu malam dan menemukan dua juru parkir tidak resmi, yang kemudian "
            "diberi pembinaan dan dilarang menarik parkir. Tarif resmi parkir sepeda motor di tepi "
            "jalan umum adalah Rp2.000 sesuai perda retribusi, dan juru parkir resmi wajib memakai "
            "rompi serta memberikan karcis. Apabila menemukan pungutan di atas tarif, silakan "
            "catat lokasi dan waktunya lalu laporkan kembali melalui kanal ini."
        ),
        "progress": (
            "Laporan diterima. Kami akan melakukan pengecekan juru parkir di sekitar alun-alun "
            "pada akhir pekan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "disperkimhub",
        "category": "Lalu lintas dan transportasi",
        "title": "Mohon dibuatkan zebra cross depan SD 1 Selomerto",
        "body": (
            "Dengan hormat, kami wali murid SD Negeri 1 Selomerto mengusulkan dibuatkan zebra "
            "cross dan rambu hati-hati banyak anak sekolah di depan sekolah. Kendaraan di jalan "
            "raya Selomerto melaju kencang, sedangkan anak-anak harus menyeberang setiap pagi dan "
            "siang. Selama ini hanya dibantu guru piket. Atas perhatiannya kami ucapkan terima "
            "kasih."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.1008",
        "address": "Jl. Raya Selomerto depan SD Negeri 1 Selomerto",
        "reply": (
            "Terima kasih atas usulan Bapak/Ibu wali murid. Hasil survei menunjukkan lokasi "
            "tersebut memenuhi kriteria zona selamat sekolah, sehingga pemasangan marka zebra "
            "cross, rambu peringatan, dan pita penggaduh telah kami jadwalkan pada bulan depan. "
            "Kami juga akan berkoordinasi dengan Satlantas untuk pelatihan patroli keamanan "
            "sekolah bagi guru dan siswa."
        ),
        "progress": (
            "Usulan diterima dan akan ditinjau oleh Bidang Lalu Lintas untuk survei kebutuhan "
            "rambu."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "disperkimhub",
        "category": "Informasi publik",
        "title": "Minta data penerima bantuan RTLH Desa Butuh",
        "body": (
            "Selamat siang. Saya mohon informasi daftar penerima bantuan rumah tidak layak huni "
            "(RTLH) tahun ini untuk Desa Butuh Kecamatan Kalikajar beserta besaran bantuannya. Di "
            "desa kami ada warga yang rumahnya sudah hampir roboh tapi tidak dapat, sementara ada "
            "yang rumahnya masih bagus malah dapat. Saya ingin tahu kriteria dan daftarnya. Terima "
            "kasih."
        ),
        "kecamatan": "33.07.07",
        "desa": "33.07.07.2018",
        "address": "",
        "reply": (
            "Terima kasih atas permohonan informasinya. Daftar penerima bantuan RTLH Desa Butuh "
            "beserta nilai stimulan per unit telah kami kirimkan melalui email, dengan data "
            "pribadi selain nama dan dusun kami samarkan sesuai ketentuan. Kriteria penerima "
            "mengacu pada Peraturan Bupati tentang bantuan RTLH, antara lain tercatat di DTSEN, "
            "tanah milik sendiri, dan kondisi atap, lantai, dinding yang tidak layak. Warga yang "
            "belum terdata dapat diusulkan melalui pemerintah desa untuk verifikasi tahun "
            "berikutnya."
        ),
        "progress": (
            "Permohonan sedang diproses PPID Pelaksana Disperkimhub bersama Bidang Perumahan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "disperkimhub",
        "category": "Lalu lintas dan transportasi",
        "title": "Angkudes Sukoharjo ke kota masih ada jam berapa?",
        "body": (
            "mau tanya min, angkutan desa dr sukoharjo ke terminal mendolo skrg masih jalan gk ya? "
            "dulu ada yg jam 6 pagi, skrg kok jarang bgt. anak sy mau sekolah di kota jd butuh "
            "info jam brpa aja yg ada"
        ),
        "kecamatan": "33.07.14",
        "desa": "33.07.14.2003",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Trayek angkutan perdesaan Sukoharjo–Terminal Mendolo "
            "saat ini dilayani empat armada dengan keberangkatan pertama sekitar pukul 05.45 dan "
            "terakhir pukul 15.00, namun jadwal dapat bergeser mengikuti jumlah penumpang. Untuk "
            "kepastian, Bapak/Ibu dapat menghubungi koordinator trayek melalui petugas Terminal "
            "Mendolo atau Disperkimhub di (0286) 321204. Kami juga sedang mendata kebutuhan "
            "angkutan pelajar dari wilayah Sukoharjo."
        ),
        "progress": (
            "Pertanyaan diterima, kami sedang meminta data jadwal terbaru dari koordinator trayek "
            "Sukoharjo."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disperkimhub",
        "category": "Lalu lintas dan transportasi",
        "title": "Truk tambang muatan lebih bikin jalan Kepil hancur",
        "body": (
            "Tiap hari truk-truk pengangkut batu dan pasir lewat jalan Kepil ke arah Sapuran "
            "dengan muatan menggunung, bak ditinggikan pakai papan. Jalan yang baru diaspal tahun "
            "lalu sudah bergelombang dan hancur di beberapa titik. Debunya juga kemana-mana. Mohon "
            "ada penertiban muatan dan jam lewatnya dibatasi."
        ),
        "kecamatan": "33.07.02",
        "desa": "33.07.02.1008",
        "address": "Jalan Kepil–Sapuran",
        "reply": (
            "Terima kasih atas laporannya. Disperkimhub bersama Satlantas Polres Wonosobo telah "
            "melaksanakan operasi gabungan di ruas Kepil–Sapuran dan menindak tujuh truk bermuatan "
            "lebih serta dua truk dengan bak yang dimodifikasi. Pengusaha angkutan telah diberi "
            "surat peringatan, dan pengawasan akan dilakukan berkala. Kerusakan badan jalan telah "
            "kami sampaikan kepada DPUPR untuk ditangani."
        ),
        "progress": (
            "Laporan diterima. Kami menjadwalkan operasi gabungan pengawasan muatan bersama "
            "Satlantas."
        ),
        "reporter_followup": "Seminggu sepi, sekarang truk yang sama lewat lagi malam-malam.",
    },
    {
        "kind": "pengaduan",
        "agency": "perumda-tirta-aji",
        "category": "Air bersih",
        "title": "Air PDAM mati 3 hari di Jaraksari",
        "body": (
            "air pdam di perum jaraksari mati udh 3 hari min, kadang cuma netes jam 2 pagi. udh "
            "telp tp katanya lagi perbaikan, perbaikan apa kok lama bgt. kami sekeluarga sampai "
            "beli air galon buat masak. tagihan tetep jalan terus lho"
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1004",
        "address": "Perumahan Jaraksari Asri",
        "reply": (
            "Terima kasih atas laporan dan kesabarannya. Gangguan disebabkan pipa transmisi "
            "diameter 6 inci yang pecah di dekat Kali Mlipak dan telah selesai diperbaiki pada "
            "Rabu malam. Aliran air ke Perumahan Jaraksari Asri sudah kembali normal sejak Kamis "
            "pagi, dan selama gangguan kami telah mengirimkan tangki air ke lokasi. Jika masih ada "
            "kendala, silakan hubungi layanan pengaduan WhatsApp 0811-2633-321."
        ),
        "progress": (
            "Laporan diterima. Petugas distribusi sedang menelusuri penyebab penurunan tekanan di "
            "jaringan Jaraksari."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "perumda-tirta-aji",
        "category": "Air bersih",
        "title": "Pipa PDAM bocor di jalan Mudal, air muncrat",
        "body": (
            "Ada pipa PDAM bocor di Jl. Mudal dekat puskesmas, airnya muncrat ke jalan sejak "
            "kemarin sore. Aspal di sekitarnya sudah mulai tergerus dan licin buat motor. Sayang "
            "airnya terbuang, padahal di atas banyak yang airnya kecil."
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.1004",
        "address": "Jl. Mudal, depan Puskesmas Mojotengah",
        "reply": (
            "Terima kasih atas laporannya. Kebocoran pada sambungan pipa distribusi di Jl. Mudal "
            "telah diperbaiki oleh tim Tirta Aji pada hari yang sama. Bekas galian telah diurug "
            "dan akan diaspal kembali setelah tanah memadat. Kami mohon maaf atas ketidaknyamanan "
            "pengguna jalan."
        ),
        "progress": "Tim perbaikan jaringan sudah dijadwalkan ke lokasi hari ini.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "perumda-tirta-aji",
        "category": "Air bersih",
        "title": "Tagihan air melonjak 4 kali lipat",
        "body": (
            "Dengan hormat, tagihan air PDAM rumah saya bulan ini Rp412.000, padahal biasanya "
            "hanya sekitar Rp90.000. Pemakaian kami tidak berubah, di rumah hanya bertiga. Saya "
            "curiga meteran air rusak atau salah catat. Nomor sambungan saya 06.11.0432, kontak "
            "0813-2674-5591. Mohon dicek dan dikoreksi."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.1011",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Petugas telah memeriksa meter air di rumah Bapak/Ibu "
            "dan menemukan kesalahan pembacaan angka meter oleh petugas catat. Tagihan bulan ini "
            "telah dikoreksi sesuai pemakaian sebenarnya dan dapat dibayar di loket atau kanal "
            "pembayaran seperti biasa. Kami mohon maaf atas kekeliruan tersebut dan telah "
            "memberikan pembinaan kepada petugas yang bersangkutan."
        ),
        "progress": "Permintaan pengecekan meter telah diteruskan ke bagian hubungan langganan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "perumda-tirta-aji",
        "category": "Jalan dan jembatan",
        "title": "Bekas galian pipa di Jl. Veteran dibiarkan berlubang",
        "body": (
            "Galian pipa PDAM di Jl. Veteran Mlipak sudah sebulan cuma diurug tanah, sekarang jadi "
            "cekungan panjang dan becek kalau hujan. Sudah dua kali saya lihat pengendara motor "
            "oleng. Ini tanggung jawab PDAM atau DPU? Mohon segera diaspal lagi."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1003",
        "address": "Jl. Veteran, Kelurahan Mlipak",
        "reply": (
            "Terima kasih atas laporannya. Pengembalian kondisi jalan bekas galian pipa menjadi "
            "tanggung jawab Perumda Tirta Aji, dan pengaspalan ulang di Jl. Veteran Mlipak telah "
            "kami selesaikan pada hari Sabtu. Kami telah berkoordinasi dengan DPUPR agar hasil "
            "pengaspalan sesuai standar jalan kabupaten. Mohon maaf atas keterlambatan penanganan."
        ),
        "progress": (
            "Laporan diteruskan ke bagian teknik untuk penjadwalan pengembalian kondisi jalan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "perumda-tirta-aji",
        "category": "Air bersih",
        "title": "Biaya pasang baru PDAM di Watumalang",
        "body": (
            "Sugeng siang, badhe tanya. Di Desa Watumalang apakah sudah bisa pasang sambungan PDAM "
            "baru? Kalau bisa, biayanya berapa dan syaratnya apa saja? Selama ini kami pakai air "
            "dari mata air bareng-bareng tapi kalau kemarau kecil sekali."
        ),
        "kecamatan": "33.07.10",
        "desa": "33.07.10.2008",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Jaringan pipa distribusi Tirta Aji sudah menjangkau "
            "sebagian wilayah Desa Watumalang, sehingga perlu survei untuk memastikan rumah "
            "Bapak/Ibu berada dalam jangkauan. Syarat pasang baru adalah fotokopi KTP dan KK, "
            "denah lokasi rumah, serta biaya sambungan sesuai tarif yang berlaku, dan dapat "
            "diajukan di kantor Tirta Aji atau melalui WhatsApp 0811-2633-321. Petugas akan "
            "melakukan survei paling lambat tujuh hari kerja setelah pendaftaran."
        ),
        "progress": (
            "Pertanyaan diteruskan ke bagian hubungan langganan untuk pengecekan jangkauan "
            "jaringan di Watumalang."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "perumda-tirta-aji",
        "category": "Informasi publik",
        "title": "Permohonan informasi dasar penetapan tarif air",
        "body": (
            "Dengan hormat, saya ingin memperoleh salinan keputusan tarif air minum Perumda Tirta "
            "Aji yang berlaku saat ini beserta rincian golongan pelanggan. Hal ini karena tarif di "
            "rumah saya (golongan rumah tangga) terasa naik sejak beberapa bulan lalu tanpa "
            "sosialisasi. Mohon dikirim dalam bentuk dokumen digital."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1010",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Salinan Peraturan Bupati tentang tarif air minum dan "
            "tabel golongan pelanggan telah kami kirimkan melalui email Saudara. Penyesuaian tarif "
            "telah disosialisasikan melalui lembar tagihan dan media sosial resmi Tirta Aji, namun "
            "masukan Saudara kami catat agar sosialisasi ke depan menjangkau seluruh pelanggan. "
            "Informasi lebih lanjut dapat diperoleh di kantor kami, Jl. Mayjend Bambang Sugeng No. "
            "5."
        ),
        "progress": "Permohonan informasi diterima dan sedang disiapkan bagian hubungan langganan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "pln-ulp-wonosobo",
        "category": "Listrik",
        "title": "Listrik di Gumelar sering padam tiap hujan",
        "body": (
            "listrik di dusun kami gumelar wadaslintang tiap ujan pasti mati, kadang sampe subuh "
            "baru nyala. bulan ini udh 5x. kulkas warung sy jd rusak isinya. tolong pln dicek "
            "jaringannya mungkin kena pohon"
        ),
        "kecamatan": "33.07.01",
        "desa": "33.07.01.2015",
        "address": "Dusun Gumelar Kidul",
        "reply": (
            "Terima kasih atas laporannya. Petugas PLN ULP Wonosobo telah menelusuri jaringan "
            "tegangan menengah di wilayah Gumelar dan melakukan perabasan pohon bambu yang "
            "menyentuh kabel di tiga titik. Kami juga mengganti isolator yang retak yang menjadi "
            "penyebab gangguan saat hujan. Apabila masih terjadi padam, mohon laporkan melalui "
            "aplikasi PLN Mobile atau Contact Center 123."
        ),
        "progress": (
            "Laporan diterima. Tim pemeliharaan jaringan akan menelusuri penyulang yang melayani "
            "Gumelar."
        ),
        "reporter_followup": "Sejak dirabas sudah jarang mati. Terima kasih PLN.",
    },
    {
        "kind": "pengaduan",
        "agency": "pln-ulp-wonosobo",
        "category": "Listrik",
        "title": "Tiang listrik miring, kabel menjuntai di Kalikuning",
        "body": (
            "Mohon izin melaporkan tiang listrik di jalan desa Kalikuning dekat musala Al Ikhlas "
            "miring hampir 30 derajat setelah angin kencang kemarin. Kabelnya jadi menjuntai "
            "rendah, truk pengangkut sayur bisa tersangkut. Anak-anak juga sering main di sekitar "
            "situ. Mohon segera ditegakkan."
        ),
        "kecamatan": "33.07.07",
        "desa": "33.07.07.2012",
        "address": "Jalan desa Kalikuning, dekat musala Al Ikhlas",
        "reply": (
            "Terima kasih atas laporan yang sangat penting ini. Tim PLN telah menegakkan kembali "
            "tiang dan memperkuat pondasinya, serta menaikkan kembali kabel yang menjuntai ke "
            "ketinggian aman. Selama pekerjaan berlangsung listrik di sebagian Desa Kalikuning "
            "dipadamkan sekitar dua jam. Kami mohon warga tidak mendekati kabel yang menjuntai dan "
            "segera melapor ke 123 bila menemukan kondisi serupa."
        ),
        "progress": "Tim pelayanan teknik PLN sedang menuju lokasi untuk pengamanan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "pln-ulp-wonosobo",
        "category": "Listrik",
        "title": "Token listrik sudah dibeli tapi gagal masuk",
        "body": (
            "Saya beli token listrik 100 ribu lewat aplikasi tadi siang, saldo sudah terpotong dan "
            "dapat 20 digit angka, tapi waktu dimasukkan ke meteran selalu muncul tulisan gagal. "
            "Sudah dicoba berkali-kali. Sekarang pulsa listrik tinggal sedikit, mohon bantuan. ID "
            "pelanggan saya 523040118877."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2016",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Hasil pengecekan menunjukkan token tidak dapat masuk "
            "karena meteran belum memperbarui kode keamanan (KCT). Petugas kami telah mendatangi "
            "rumah Bapak/Ibu, memasukkan kode pembaruan, dan token Rp100.000 sudah berhasil masuk. "
            "Bila ke depan terjadi kendala serupa, silakan hubungi Contact Center 123 atau fitur "
            "pengaduan di PLN Mobile."
        ),
        "progress": (
            "Laporan sudah kami teruskan ke petugas pelayanan pelanggan untuk pengecekan status "
            "token."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "pln-ulp-wonosobo",
        "category": "Listrik",
        "title": "Cara tambah daya dari 900 ke 1300",
        "body": (
            "Selamat pagi, mau tanya kalau mau tambah daya listrik rumah dari 900 VA jadi 1.300 VA "
            "caranya gimana dan biayanya berapa? Apa harus datang ke kantor PLN Wonosobo atau bisa "
            "online? Soalnya sering jeglek kalau masak nasi sambil pakai pompa air."
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.2001",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Permohonan tambah daya dapat diajukan secara daring "
            "melalui aplikasi PLN Mobile pada menu Perubahan Daya tanpa perlu datang ke kantor. "
            "Biaya penyambungan dihitung sesuai selisih daya dengan tarif yang berlaku dan akan "
            "muncul otomatis di aplikasi, ditambah biaya pemeriksaan instalasi bila diperlukan. "
            "Setelah pembayaran, petugas akan melakukan perubahan daya dalam waktu sekitar tiga "
            "hari kerja."
        ),
        "progress": "Pertanyaan diterima dan sedang dijawab oleh petugas pelayanan pelanggan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "pln-ulp-wonosobo",
        "category": "Listrik",
        "title": "Tegangan listrik naik turun, TV rusak",
        "body": (
            "Sudah dua minggu listrik di lingkungan kami sekitar pasar Leksono naik turun terus, "
            "lampu kedip-kedip dan kadang redup sekali. Kemarin TV dan charger HP saya rusak. "
            "Tetangga juga ada yang pompa airnya mati. Apakah trafonya sudah kelebihan beban? "
            "Mohon dicek."
        ),
        "kecamatan": "33.07.05",
        "desa": "33.07.05.1006",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Hasil pengukuran menunjukkan trafo distribusi yang "
            "melayani sekitar Pasar Leksono mengalami beban lebih pada jam puncak. PLN telah "
            "melakukan penyeimbangan beban dan memasang trafo sisipan baru sehingga tegangan "
            "kembali stabil. Untuk kerusakan peralatan elektronik, Bapak/Ibu dapat mengajukan "
            "permohonan pemeriksaan ke kantor PLN ULP Wonosobo dengan membawa bukti kerusakan."
        ),
        "progress": "Tim PLN akan melakukan pengukuran beban trafo di wilayah Leksono.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dinkes",
        "category": "Kesehatan",
        "title": "Banyak warga kena DB, mohon fogging",
        "body": (
            "Assalamualaikum. Di RW 03 Jaraksari dalam dua minggu ini sudah ada 4 warga yang "
            "dirawat karena demam berdarah, salah satunya anak SD. Kami mohon segera dilakukan "
            "fogging dan pemeriksaan jentik. Di lingkungan kami banyak rumah kosong dan barang "
            "bekas yang menampung air hujan."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1004",
        "address": "RW 03 Kelurahan Jaraksari",
        "reply": (
            "Terima kasih atas laporannya. Petugas Puskesmas bersama Dinas Kesehatan telah "
            "melakukan penyelidikan epidemiologi di RW 03 Jaraksari dan hasilnya memenuhi kriteria "
            "fogging fokus, yang telah dilaksanakan dua siklus pada Jumat dan Jumat berikutnya. "
            "Namun fogging hanya membunuh nyamuk dewasa, sehingga kami mohon warga tetap rutin "
            "melakukan PSN 3M Plus setiap minggu. Apabila ada warga demam tinggi lebih dari dua "
            "hari, segera periksakan ke puskesmas terdekat."
        ),
        "progress": "Laporan diteruskan ke Puskesmas Wonosobo 1 untuk penyelidikan epidemiologi.",
        "reporter_followup": (
            "Sudah difogging, matur nuwun. Tapi rumah kosong di ujung gang masih banyak genangan, "
            "pemiliknya di luar kota."
        ),
    },
    {
        "kind": "pertanyaan",
        "agency": "dinkes",
        "category": "Jaminan kesehatan",
        "title": "Cara daftar BPJS gratis yang dibayar Pemda",
        "body": (
            "nyuwun pirsa, bapak saya sakit stroke dan tidak punya BPJS. kami mau daftarkan yg "
            "gratis dibayar pemda itu gimana caranya ya? kami tinggal di lumajang watumalang. kalo "
            "bayar mandiri kami tidak mampu"
        ),
        "kecamatan": "33.07.10",
        "desa": "33.07.10.2011",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Pendaftaran peserta JKN yang iurannya ditanggung "
            "APBD Kabupaten Wonosobo dilakukan melalui pemerintah desa dengan membawa KTP, KK, dan "
            "surat keterangan tidak mampu, kemudian diusulkan ke Dinas Sosial PMD dan Dinas "
            "Kesehatan untuk diverifikasi. Untuk kondisi mendesak seperti pasien yang sedang "
            "dirawat, keluarga dapat langsung datang ke Dinas Kesehatan agar diproses dengan jalur "
            "percepatan. Informasi lebih lanjut silakan hubungi (0286) 321052."
        ),
        "progress": "Pertanyaan diteruskan ke Seksi Jaminan Kesehatan Dinkes.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "dinkes",
        "category": "Informasi publik",
        "title": "Permohonan data stunting per desa Kecamatan Kalibawang",
        "body": (
            "Dengan hormat, saya mahasiswa yang sedang melakukan penelitian tentang gizi balita. "
            "Saya memohon data prevalensi stunting per desa di Kecamatan Kalibawang hasil "
            "pengukuran bulan timbang terakhir, dalam bentuk tabel agregat tanpa nama balita. Data "
            "akan digunakan untuk keperluan skripsi. Surat pengantar dari kampus dapat saya "
            "lampirkan."
        ),
        "kecamatan": "33.07.15",
        "desa": "33.07.15.2003",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Data agregat prevalensi stunting per desa di "
            "Kecamatan Kalibawang hasil pengukuran bulan timbang terakhir telah kami kirimkan "
            "melalui email dalam format tabel tanpa identitas balita. Mohon mencantumkan sumber "
            "data Dinas Kesehatan Kabupaten Wonosobo dalam penelitian Saudara. Apabila membutuhkan "
            "data tambahan, silakan mengajukan permohonan baru disertai surat pengantar dari "
            "kampus."
        ),
        "progress": (
            "Permohonan diterima. PPID Pelaksana Dinkes sedang berkoordinasi dengan bidang "
            "Kesehatan Masyarakat."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dinkes",
        "category": "Kesehatan",
        "title": "Ambulans 119 datang hampir 2 jam",
        "body": (
            "Kemarin malam ibu saya sesak napas berat dan kami telepon 119, tapi ambulans baru "
            "datang hampir dua jam kemudian. Akhirnya kami bawa sendiri pakai mobil tetangga ke "
            "puskesmas. Memang rumah kami jauh di Somogede Wadaslintang, tapi mohon ada solusinya. "
            "Untung ibu saya sudah membaik."
        ),
        "kecamatan": "33.07.01",
        "desa": "33.07.01.2011",
        "address": "Desa Somogede",
        "reply": (
            "Terima kasih atas laporannya dan kami turut prihatin. Berdasarkan penelusuran, saat "
            "panggilan masuk dua armada PSC 119 sedang menangani kecelakaan di jalur Kertek "
            "sehingga respon ke Somogede terlambat. Ke depan, panggilan dari wilayah Wadaslintang "
            "akan dilayani dengan dukungan ambulans Puskesmas Wadaslintang sebagai armada "
            "terdekat. Kami mohon maaf atas keterlambatan ini, dan semoga ibu Bapak/Ibu lekas "
            "pulih."
        ),
        "progress": (
            "Laporan diterima. Kami sedang meminta kronologi penanganan dari petugas PSC 119."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "dinkes",
        "category": "Perizinan",
        "title": "Syarat sertifikat PIRT untuk keripik carica",
        "body": (
            "Saya bikin keripik dan manisan carica di rumah, mau dijual ke toko oleh-oleh di Dieng "
            "tapi diminta ada nomor PIRT. Syaratnya apa saja ya dan berapa biayanya? Apa harus "
            "ikut penyuluhan dulu?"
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2012",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Sertifikat Produksi Pangan Industri Rumah Tangga "
            "(SPP-IRT) diajukan melalui OSS dengan NIB terlebih dahulu, kemudian pemohon mengikuti "
            "penyuluhan keamanan pangan dan pemeriksaan sarana produksi oleh Dinas Kesehatan. "
            "Layanan ini tidak dipungut biaya. Jadwal penyuluhan terdekat dapat ditanyakan ke "
            "Seksi Kefarmasian dan Alat Kesehatan Dinkes di (0286) 321052."
        ),
        "progress": "Pertanyaan diteruskan ke Seksi Kefarmasian dan Alat Kesehatan.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "dinkes",
        "category": "Kesehatan",
        "title": "Posyandu lansia butuh alat cek gula darah",
        "body": (
            "Kami kader posyandu lansia di Kwadungan mengusulkan bantuan alat cek gula darah dan "
            "asam urat beserta stripnya. Setiap bulan ada sekitar 70 lansia datang, tapi alat yang "
            "ada cuma tensimeter. Banyak lansia yang sebenarnya perlu dipantau gulanya. Semoga "
            "bisa dibantu."
        ),
        "kecamatan": "33.07.07",
        "desa": "33.07.07.2009",
        "address": "Posyandu Lansia Dusun Kwadungan",
        "reply": (
            "Terima kasih atas usulan dan dedikasi para kader. Usulan alat skrining gula darah dan "
            "asam urat untuk Posyandu Lansia Kwadungan telah kami catat dan diteruskan ke "
            "Puskesmas Kalikajar untuk diintegrasikan dalam pengadaan alat posyandu tahun depan. "
            "Sementara itu, petugas puskesmas akan membawa alat pemeriksaan pada jadwal posyandu "
            "lansia setiap bulan."
        ),
        "progress": "Usulan diterima dan sedang dikoordinasikan dengan Puskesmas Kalikajar.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "rsud-setjonegoro",
        "category": "Kesehatan",
        "title": "Antre pendaftaran BPJS di RSUD dari subuh",
        "body": (
            "Saya antre di pendaftaran rawat jalan BPJS RSUD Setjonegoro dari jam 5 subuh, baru "
            "dipanggil jam 11. Padahal sudah daftar online lewat aplikasi, tapi tetap disuruh "
            "antre ulang ambil nomor. Banyak lansia yang duduk di lantai karena kursi kurang. "
            "Mohon sistem antreannya diperbaiki."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1014",
        "address": "RSUD KRT Setjonegoro",
        "reply": (
            "Terima kasih atas masukannya dan mohon maaf atas ketidaknyamanan yang dialami. Mulai "
            "bulan ini, pasien yang sudah mendaftar melalui aplikasi cukup melakukan check-in di "
            "anjungan mandiri tanpa mengambil nomor ulang, dan kami menambah dua loket pendaftaran "
            "pada pukul 07.00–09.00. Kursi tunggu tambahan juga telah dipasang di lobi rawat "
            "jalan. Keluhan lebih lanjut dapat disampaikan ke Unit Pengaduan RSUD di (0286) "
            "321091."
        ),
        "progress": (
            "Laporan diterima dan diteruskan ke Bagian Pelayanan Rawat Jalan untuk evaluasi alur "
            "pendaftaran."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "rsud-setjonegoro",
        "category": "Kesehatan",
        "title": "Perawat IGD membentak keluarga pasien",
        "body": (
            "Dengan hormat, pada malam Minggu lalu saya mengantar bapak saya ke IGD karena jatuh "
            "di kamar mandi. Saat saya bertanya kapan bapak diperiksa dokter, salah satu perawat "
            "menjawab dengan nada tinggi dan menyuruh saya keluar. Saya paham IGD sedang ramai, "
            "tapi sikap seperti itu membuat keluarga pasien semakin cemas. Mohon menjadi evaluasi."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.1008",
        "address": "IGD RSUD Setjonegoro",
        "reply": (
            "Terima kasih atas pengaduan Bapak/Ibu dan kami mohon maaf atas pengalaman yang kurang "
            "menyenangkan. Kami telah mengklarifikasi kejadian tersebut dengan petugas jaga, dan "
            "petugas yang bersangkutan telah mendapat pembinaan dari Komite Keperawatan. Kami juga "
            "menambahkan petugas informasi di IGD pada malam hari agar keluarga pasien mendapat "
            "penjelasan status penanganan."
        ),
        "progress": "Pengaduan sedang ditelusuri oleh Komite Keperawatan dan Bagian Humas RSUD.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "rsud-setjonegoro",
        "category": "Kesehatan",
        "title": "Obat di farmasi RSUD kosong, disuruh beli di luar",
        "body": (
            "ibu sy kontrol jantung di rsud, resepnya 4 macem tp di farmasi cuma ada 2, yg 2 lg "
            "katanya kosong suruh cari di apotek luar. udh 2x kontrol kejadian gini terus. kami "
            "pasien bpjs, kok beli sendiri?? tolong dijelaskan"
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2022",
        "address": "Instalasi Farmasi RSUD",
        "reply": (
            "Terima kasih atas laporannya. Dua jenis obat jantung yang dimaksud sempat kosong "
            "karena keterlambatan pengiriman dari distributor, dan stok telah tersedia kembali "
            "sejak hari Senin. Sesuai ketentuan JKN, pasien tidak seharusnya dibebani biaya obat "
            "yang ditanggung, sehingga kuitansi pembelian obat di luar dapat diajukan "
            "penggantiannya ke Instalasi Farmasi RSUD. Kami mohon maaf atas kejadian ini dan telah "
            "memperbaiki perencanaan stok obat."
        ),
        "progress": (
            "Laporan diteruskan ke Instalasi Farmasi untuk pengecekan stok obat yang dimaksud."
        ),
        "reporter_followup": "Sudah saya ajukan kuitansinya, katanya diproses seminggu.",
    },
    {
        "kind": "informasi",
        "agency": "rsud-setjonegoro",
        "category": "Informasi publik",
        "title": "Minta daftar tarif persalinan pasien umum di RSUD",
        "body": (
            "Selamat siang, saya mohon informasi tarif resmi layanan persalinan normal dan sesar "
            "untuk pasien umum (non BPJS) di RSUD Setjonegoro sesuai peraturan yang berlaku. Istri "
            "saya akan melahirkan bulan depan dan BPJS kami sedang tidak aktif. Kalau ada dokumen "
            "Perbup tarifnya, mohon dikirim."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1008",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Salinan lampiran Peraturan Bupati tentang tarif "
            "layanan BLUD RSUD KRT Setjonegoro untuk paket persalinan normal dan sesar kelas III, "
            "II, dan I telah kami kirimkan melalui email. Kami juga menyarankan Bapak segera "
            "mengaktifkan kembali kepesertaan BPJS Kesehatan, karena kepesertaan yang aktif "
            "kembali dapat dimanfaatkan sesuai ketentuan masa tunggu. Petugas kasir rawat inap "
            "dapat dihubungi di (0286) 321091 untuk simulasi biaya."
        ),
        "progress": (
            "Permohonan informasi diterima PPID RSUD dan sedang disiapkan salinan dokumennya."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "puskesmas-kertek-1",
        "category": "Kesehatan",
        "title": "Di Puskesmas Kertek 1 dokternya tidak ada",
        "body": (
            "tadi pagi periksa anak ke puskesmas kertek 1, udh nunggu dr jam 8 smp jam 11 ternyata "
            "dokternya gk ada, cuma diperiksa perawat. pdhl anak sy panas udh 3 hari. mbok ya "
            "diumumin dr awal kalo dokter gk ada biar bisa cari tempat lain"
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.1008",
        "address": "Puskesmas Kertek 1",
        "reply": (
            "Terima kasih atas masukannya dan mohon maaf atas ketidaknyamanannya. Pada hari "
            "tersebut dua dokter kami sedang mengikuti pelatihan dan satu dokter bertugas di "
            "puskesmas keliling, sehingga pemeriksaan dilakukan oleh perawat di bawah supervisi "
            "dokter melalui konsultasi. Ke depan, jadwal dokter jaga akan kami umumkan setiap pagi "
            "di papan informasi dan grup WhatsApp desa. Apabila kondisi anak belum membaik, "
            "silakan kembali dan sampaikan ke petugas pendaftaran agar diprioritaskan."
        ),
        "progress": (
            "Keluhan diterima oleh Kepala Puskesmas dan sedang dievaluasi bersama tim pelayanan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "puskesmas-kertek-1",
        "category": "Kesehatan",
        "title": "Bidan desa Candimulyo jarang di poskesdes",
        "body": (
            "Mohon maaf, kami warga Candimulyo sering kesulitan kalau mau periksa ke poskesdes "
            "karena bidannya jarang ada di tempat, pintu sering tertutup padahal jam kerja. "
            "Ibu-ibu hamil terpaksa ke Kertek. Mohon ada jadwal yang jelas kapan bidan ada di "
            "poskesdes."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2017",
        "address": "Poskesdes Candimulyo",
        "reply": (
            "Terima kasih atas laporannya. Hasil klarifikasi menunjukkan bidan desa Candimulyo "
            "juga bertugas merangkap di desa tetangga sehingga jadwal pelayanan di poskesdes belum "
            "diumumkan dengan jelas. Mulai pekan ini poskesdes Candimulyo buka setiap Senin, Rabu, "
            "dan Jumat pukul 08.00–13.00, dan jadwal telah ditempel di pintu poskesdes serta "
            "disampaikan melalui pemerintah desa. Untuk kondisi darurat ibu hamil, warga dapat "
            "langsung menghubungi UGD Puskesmas Kertek 1 di (0286) 329015 yang buka 24 jam."
        ),
        "progress": "Kepala Puskesmas akan mengklarifikasi jadwal pelayanan bidan desa Candimulyo.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bpjs-kesehatan",
        "category": "Jaminan kesehatan",
        "title": "KIS tiba-tiba nonaktif pas mau berobat",
        "body": (
            "Kemarin saya mau berobat ke puskesmas ternyata kartu KIS saya tidak aktif, padahal "
            "selama ini gratis dari pemerintah dan tidak pernah ada pemberitahuan. Saya akhirnya "
            "bayar umum. NIK saya 3307064511730002, mohon dicek kenapa dinonaktifkan dan bagaimana "
            "supaya aktif lagi."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2005",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Kepesertaan PBI JK Ibu dinonaktifkan karena "
            "pemutakhiran data nasional yang menandai data tidak padan dengan DTSEN. Kami telah "
            "berkoordinasi dengan Dinas Sosial PMD, dan kepesertaan Ibu sudah diaktifkan kembali "
            "melalui mekanisme reaktivasi sehingga dapat digunakan sejak hari ini. Untuk "
            "memastikan status kepesertaan, Ibu dapat mengecek melalui aplikasi Mobile JKN atau "
            "WhatsApp Pandawa 0811-8165-165."
        ),
        "progress": "Pengecekan status kepesertaan sedang dilakukan bersama Dinas Sosial PMD.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bpjs-kesehatan",
        "category": "Jaminan kesehatan",
        "title": "Pasien BPJS disuruh bayar obat di klinik",
        "body": (
            "assalamualaikum, sy peserta bpjs kelas 3 faskes di klinik daerah leksono. tiap "
            "kontrol hipertensi selalu ditarik 25rb katanya buat obat yg gk ditanggung. apa benar "
            "begitu? soalnya tetangga sy di puskesmas gk pernah bayar"
        ),
        "kecamatan": "33.07.05",
        "desa": "33.07.05.2013",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Obat hipertensi untuk peserta JKN termasuk dalam "
            "Formularium Nasional dan ditanggung dalam kapitasi faskes, sehingga peserta tidak "
            "boleh dikenakan biaya tambahan. Kami telah melakukan klarifikasi ke klinik yang "
            "bersangkutan, dan klinik bersedia menghentikan penarikan biaya serta mengembalikan "
            "biaya yang telah dibayarkan peserta. Apabila kejadian serupa terulang, mohon segera "
            "hubungi Care Center 165."
        ),
        "progress": (
            "Laporan diteruskan ke bagian Pengawasan Faskes untuk klarifikasi kepada klinik."
        ),
        "reporter_followup": "Kemarin kontrol sudah tidak ditarik lagi, terima kasih BPJS.",
    },
    {
        "kind": "pertanyaan",
        "agency": "bpjs-kesehatan",
        "category": "Jaminan kesehatan",
        "title": "Tunggakan BPJS mandiri bisa dicicil?",
        "body": (
            "Saya punya tunggakan BPJS mandiri sekeluarga hampir 2 tahun karena usaha sempat "
            "bangkrut. Totalnya jutaan. Apa benar bisa dicicil? Soalnya istri saya sebentar lagi "
            "harus operasi."
        ),
        "kecamatan": "33.07.04",
        "desa": "33.07.04.1015",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Tunggakan iuran peserta mandiri dapat diangsur "
            "melalui Program REHAB (Rencana Pembayaran Bertahap) yang diajukan lewat aplikasi "
            "Mobile JKN, dengan jangka waktu angsuran sesuai ketentuan. Setelah tunggakan lunas, "
            "kepesertaan aktif kembali, namun perlu diperhatikan adanya denda layanan bila "
            "menjalani rawat inap dalam 45 hari sejak aktif. Untuk kondisi Bapak, kami sarankan "
            "berkonsultasi langsung ke kantor BPJS Kesehatan Wonosobo atau menanyakan kemungkinan "
            "pengalihan ke segmen PBI melalui Dinas Sosial PMD."
        ),
        "progress": (
            "Pertanyaan diterima, petugas kami sedang mengecek rincian tunggakan kepesertaan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bpjs-ketenagakerjaan",
        "category": "Ketenagakerjaan",
        "title": "Pencairan JHT sudah 2 bulan belum cair",
        "body": (
            "Saya sudah mengajukan klaim JHT lewat aplikasi sejak dua bulan lalu setelah resign "
            'dari pabrik kayu di Selomerto. Statusnya masih "verifikasi" terus. Waktu saya '
            "telepon 175 disuruh menunggu. Mohon dibantu karena uangnya untuk modal usaha."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2020",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Klaim JHT Bapak tertunda karena terdapat perbedaan data "
            "tanggal lahir antara data kepesertaan dan KTP-el. Data telah kami perbaiki "
            "berdasarkan dokumen kependudukan yang Bapak unggah, dan dana JHT telah ditransfer ke "
            "rekening Bapak pada hari Kamis. Silakan cek rekening dan hubungi kami di (0286) "
            "324175 bila ada kendala."
        ),
        "progress": "Pengaduan sedang dicek ke bagian pelayanan klaim.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "bpjs-ketenagakerjaan",
        "category": "Ketenagakerjaan",
        "title": "Petani kentang bisa ikut BPJS Ketenagakerjaan?",
        "body": (
            "Assalamualaikum, kulo petani kentang di Sigedang. Sering dengar ada yang jatuh dari "
            "truk atau kena semprot pestisida di ladang. Apakah petani seperti kami bisa ikut BPJS "
            "Ketenagakerjaan? Iurannya berapa per bulan?"
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2007",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Petani termasuk pekerja bukan penerima upah (BPU) "
            "yang dapat mendaftar BPJS Ketenagakerjaan untuk program Jaminan Kecelakaan Kerja dan "
            "Jaminan Kematian, dengan iuran mulai Rp16.800 per bulan. Pendaftaran dapat dilakukan "
            "melalui aplikasi JMO, kantor cabang, atau agen Perisai di desa dengan membawa KTP. "
            "Kami juga dapat mengadakan sosialisasi di Sigedang bila kelompok tani berkenan."
        ),
        "progress": "Pertanyaan diteruskan ke bidang kepesertaan bukan penerima upah.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bpjs-ketenagakerjaan",
        "category": "Ketenagakerjaan",
        "title": "Santunan kematian ojek belum dibayar",
        "body": (
            "Suami saya ojek pangkalan dan sudah ikut BPJS Ketenagakerjaan mandiri setahun. Bulan "
            "lalu beliau meninggal karena kecelakaan di jalan Jolontoro. Berkas klaim sudah saya "
            "serahkan tiga minggu lalu tapi belum ada kabar. Mohon dibantu."
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.2009",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya dan kami turut berduka cita. Berkas klaim Jaminan "
            "Kecelakaan Kerja telah lengkap setelah surat keterangan kepolisian diterima, dan "
            "santunan telah dibayarkan ke rekening ahli waris pada hari Rabu. Selain santunan, "
            "anak almarhum berhak atas beasiswa pendidikan sesuai ketentuan, dan petugas kami akan "
            "menghubungi Ibu untuk pengajuannya."
        ),
        "progress": "Berkas klaim sedang diverifikasi oleh petugas Jaminan Kecelakaan Kerja.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dppkbpppa",
        "category": "Keamanan dan kriminalitas",
        "title": "Tetangga sering memukul istri dan anaknya",
        "body": (
            "Saya tidak ingin disebut namanya. Tetangga saya di Desa Gondang sering memukul istri "
            "dan anaknya, hampir setiap malam terdengar teriakan. Minggu lalu anaknya yang masih "
            "SD datang ke rumah kami dengan memar di lengan. Kami takut ikut campur tapi kasihan. "
            "Mohon ada yang mendampingi."
        ),
        "kecamatan": "33.07.10",
        "desa": "33.07.10.2002",
        "address": "",
        "reply": (
            "Terima kasih atas kepedulian Bapak/Ibu, identitas pelapor kami jaga kerahasiaannya. "
            "Tim UPTD PPA telah melakukan penjangkauan bersama bidan desa dan Bhabinkamtibmas, "
            "serta memberikan konseling dan pendampingan kepada ibu dan anak. Penanganan "
            "selanjutnya dilakukan sesuai persetujuan korban, termasuk pendampingan hukum bila "
            "diperlukan. Apabila terjadi kekerasan yang membahayakan, segera hubungi hotline UPTD "
            "PPA atau Polsek terdekat."
        ),
        "progress": (
            "Laporan diteruskan ke UPTD PPA untuk asesmen dan penjangkauan secara tertutup."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "dppkbpppa",
        "category": "Kesehatan",
        "title": "Pasang KB implan gratis di mana?",
        "body": (
            "mbak mas mau tanya, kb implan yg gratis itu bisa di puskesmas sapuran apa harus "
            "nunggu ada acara pelayanan kb? sy baru lahiran 2 bulan"
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.1008",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Pelayanan KB implan gratis dapat diperoleh di "
            "Puskesmas Sapuran setiap hari kerja dengan membawa KTP dan KK, serta dalam kegiatan "
            "pelayanan KB serentak yang dijadwalkan penyuluh KB di kecamatan. Untuk ibu "
            "pascapersalinan, petugas akan memeriksa kondisi terlebih dahulu sebelum pemasangan. "
            "Ibu juga dapat menghubungi penyuluh KB Kecamatan Sapuran melalui kantor kecamatan "
            "untuk jadwal terdekat."
        ),
        "progress": "Pertanyaan diteruskan ke penyuluh KB Kecamatan Sapuran.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dppkbpppa",
        "category": "Pendidikan",
        "title": "Anak saya dirundung teman sekelas sampai tidak mau sekolah",
        "body": (
            "Dengan hormat, anak saya kelas 5 SD di wilayah Bumirejo sudah tiga minggu tidak mau "
            "berangkat sekolah karena terus diejek dan dipukul beberapa teman sekelasnya. Saya "
            "sudah lapor ke wali kelas tapi katanya hanya bercanda. Anak saya sekarang sering "
            "menangis dan susah tidur. Mohon bantuan pendampingan."
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.2007",
        "address": "",
        "reply": (
            "Terima kasih telah melapor. Psikolog UPTD PPA telah melakukan asesmen dan memberikan "
            "pendampingan psikologis kepada putra Bapak/Ibu sebanyak dua kali. Kami juga "
            "berkoordinasi dengan Disdikpora dan pihak sekolah untuk mediasi dengan orang tua "
            "siswa terkait serta penguatan tim pencegahan dan penanganan kekerasan di sekolah. "
            "Pendampingan akan berlanjut hingga anak siap kembali bersekolah."
        ),
        "progress": (
            "Petugas UPTD PPA akan menghubungi pelapor untuk asesmen awal dan pendampingan "
            "psikologis."
        ),
        "reporter_followup": (
            "Anak saya sudah mau sekolah lagi minggu ini. Terima kasih bu psikolognya sabar sekali."
        ),
    },
    {
        "kind": "pengaduan",
        "agency": "disdikpora",
        "category": "Pendidikan",
        "title": "Seragam SMP di Sapuran wajib beli di sekolah, mahal",
        "body": (
            "Anak saya baru masuk SMP negeri di Sapuran dan diwajibkan membeli paket seragam dan "
            "atribut di koperasi sekolah sebesar Rp1.350.000. Katanya tidak boleh beli di luar "
            "karena bahannya harus sama. Bagi kami yang buruh tani ini berat sekali. Bukankah "
            "sekolah negeri tidak boleh mewajibkan beli seragam?"
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.1008",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Sesuai ketentuan, sekolah tidak boleh mewajibkan "
            "pembelian seragam di sekolah atau koperasi sekolah. Disdikpora telah memanggil kepala "
            "sekolah dan komite, dan sekolah telah mengumumkan bahwa orang tua bebas membeli "
            "seragam di luar, serta paket yang sudah dibayar dapat dikembalikan atau diangsur. "
            "Apabila masih ada tekanan terkait pembelian seragam, silakan laporkan kembali melalui "
            "kanal ini."
        ),
        "progress": "Pengaduan diteruskan ke Bidang Pembinaan SMP untuk klarifikasi ke sekolah.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disdikpora",
        "category": "Pendidikan",
        "title": "Atap kelas SD Timbang ambrol sebagian",
        "body": (
            "nyuwun sewu, atap ruang kelas 4 SD negeri di desa timbang leksono ambrol sebagian pas "
            "hujan deres kemarin. untung pas malem jd gk ada murid. skrg anak2 belajar di mushola "
            "sekolah gantian. kayunya udh pada keropos semua, mohon segera direhab"
        ),
        "kecamatan": "33.07.05",
        "desa": "33.07.05.2011",
        "address": "SD Negeri Timbang",
        "reply": (
            "Terima kasih atas laporannya. Tim Disdikpora telah meninjau SD Negeri Timbang dan "
            "menetapkan ruang kelas 4 dan 5 tidak layak digunakan. Rehabilitasi kedua ruang kelas "
            "telah diusulkan melalui DAK fisik dan APBD tahun depan, sementara itu pembelajaran "
            "dipindahkan ke ruang perpustakaan yang telah disekat. Kami juga meminta sekolah "
            "mengosongkan area di sekitar ruang yang rusak demi keselamatan siswa."
        ),
        "progress": "Tim Bidang Sarana Prasarana dijadwalkan meninjau kondisi gedung sekolah.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "disdikpora",
        "category": "Pendidikan",
        "title": "Dana PIP anak saya belum cair",
        "body": (
            "Assalamualaikum. Anak saya kelas 3 SD di Simbang, katanya terdaftar penerima PIP dari "
            "tahun lalu tapi sampai sekarang belum pernah cair. Waktu saya tanya ke sekolah "
            "disuruh ke bank, di bank disuruh aktivasi rekening dulu. Sebenarnya prosesnya "
            "bagaimana ya?"
        ),
        "kecamatan": "33.07.07",
        "desa": "33.07.07.2007",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Dana PIP disalurkan melalui rekening SimPel atas "
            "nama siswa yang harus diaktivasi terlebih dahulu di bank penyalur dengan membawa "
            "surat keterangan dari sekolah, KK, dan KTP orang tua. Status penerima dapat dicek di "
            "laman pip.kemdikbud.go.id menggunakan NISN dan NIK siswa. Apabila statusnya sudah "
            "dinyatakan cair tetapi rekening belum aktif, silakan minta surat keterangan aktivasi "
            "ke sekolah lalu datang ke BRI terdekat."
        ),
        "progress": "Kami sedang mengecek status penerima PIP melalui operator sekolah.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "disdikpora",
        "category": "Informasi publik",
        "title": "Permohonan laporan penggunaan dana BOS SD Negeri Banjar",
        "body": (
            "Dengan hormat, saya anggota komite sekolah SD Negeri di Desa Banjar, Kertek. Saya "
            "memohon salinan laporan realisasi penggunaan dana BOS tahun anggaran lalu untuk "
            "sekolah tersebut. Selama ini papan informasi BOS di sekolah tidak pernah diperbarui. "
            "Terima kasih atas perhatiannya."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2013",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Ringkasan laporan realisasi penggunaan dana BOS "
            "sekolah yang dimaksud telah kami kirimkan dalam bentuk file PDF melalui email, dan "
            "data yang sama dapat diakses di laman resmi BOS Kemendikdasmen. Kami juga telah "
            "mengingatkan sekolah untuk memperbarui papan informasi penggunaan dana BOS sesuai "
            "ketentuan. Silakan hubungi Disdikpora di (0286) 321148 apabila memerlukan penjelasan "
            "lebih lanjut."
        ),
        "progress": "Permohonan diteruskan ke pengelola BOS kabupaten untuk penyiapan dokumen.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "disdikpora",
        "category": "Pendidikan",
        "title": "Usul pembinaan sepak bola pemuda Sukoharjo",
        "body": (
            "Kami dari karang taruna Desa Sempol ingin mengusulkan adanya pembinaan dan turnamen "
            "sepak bola antardesa tingkat kecamatan. Banyak pemuda berbakat di Sukoharjo tapi "
            "tidak ada pelatih dan fasilitas memadai. Lapangan desa juga butuh gawang dan jaring "
            "baru. Kami siap bekerja sama."
        ),
        "kecamatan": "33.07.14",
        "desa": "33.07.14.2006",
        "address": "Lapangan Desa Sempol",
        "reply": (
            "Terima kasih atas semangat karang taruna Desa Sempol. Usulan pembinaan sepak bola "
            "telah kami teruskan ke Askab PSSI Wonosobo dan KONI untuk dimasukkan dalam kalender "
            "kompetisi usia muda tahun depan. Bantuan peralatan olahraga dapat diajukan melalui "
            "proposal ke Bidang Pemuda dan Olahraga Disdikpora dengan rekomendasi kepala desa."
        ),
        "progress": "Usulan diterima Bidang Pemuda dan Olahraga untuk dibahas bersama KONI.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disdukcapil",
        "category": "Administrasi kependudukan",
        "title": "KTP sudah rekam 3 bulan belum dicetak",
        "body": (
            "Saya rekam KTP-el di kecamatan Kepil tiga bulan lalu waktu anak saya umur 17, sampai "
            "sekarang belum jadi, katanya blangko habis. Padahal KTP-nya dibutuhkan untuk daftar "
            "kerja. Kapan blangkonya ada lagi?"
        ),
        "kecamatan": "33.07.02",
        "desa": "33.07.02.2014",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Ketersediaan blangko KTP-el sudah normal kembali, dan "
            "KTP-el atas nama putra Bapak/Ibu telah dicetak serta dapat diambil di Kantor "
            "Kecamatan Kepil mulai hari Senin dengan membawa bukti perekaman. Untuk keperluan "
            "mendesak, warga juga dapat mengaktifkan Identitas Kependudukan Digital (IKD) yang "
            "berlaku sah. Informasi lebih lanjut dapat menghubungi (0286) 325678."
        ),
        "progress": (
            "Laporan diterima. Kami mengecek status perekaman dan antrean cetak atas nama anak "
            "Bapak/Ibu."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disdukcapil",
        "category": "Administrasi kependudukan",
        "title": "NIK tidak terdaftar waktu daftar BPJS",
        "body": (
            "Tolong dibantu, waktu saya mau daftar BPJS Kesehatan di kantor BPJS katanya NIK saya "
            "tidak terdaftar di Dukcapil. Padahal KTP saya sudah lama dan dipakai untuk "
            "macam-macam. NIK saya 3307150712890003, alamat Desa Mergolangu Kalibawang, HP "
            "0857-2931-0448."
        ),
        "kecamatan": "33.07.15",
        "desa": "33.07.15.2006",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Hasil pengecekan menunjukkan data Bapak tercatat ganda "
            "akibat pindah alamat beberapa tahun lalu sehingga statusnya tidak aktif di database. "
            "Data telah kami padankan dan NIK Bapak kini berstatus aktif, sehingga dapat digunakan "
            "untuk pendaftaran BPJS Kesehatan paling lambat 1x24 jam. Apabila masih ditolak, "
            "silakan membawa KK dan KTP-el ke loket Disdukcapil untuk pengecekan langsung."
        ),
        "progress": (
            "Data kependudukan sedang dicek oleh Bidang Pengelolaan Informasi Administrasi "
            "Kependudukan."
        ),
        "reporter_followup": "Sudah bisa daftar BPJS. Matur nuwun Dukcapil.",
    },
    {
        "kind": "pertanyaan",
        "agency": "disdukcapil",
        "category": "Administrasi kependudukan",
        "title": "Akta lahir anak, orang tua belum punya buku nikah",
        "body": (
            "Mau tanya, saya dan suami nikah siri dan belum punya buku nikah. Apakah anak kami "
            "tetap bisa dibuatkan akta kelahiran? Anak mau masuk TK tahun depan."
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2013",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Anak tetap dapat dibuatkan akta kelahiran dengan "
            "melampirkan Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) kebenaran sebagai pasangan "
            "suami istri, dan dalam akta akan tercantum nama ayah dan ibu dengan keterangan "
            "perkawinan belum tercatat. Persyaratan lain adalah surat keterangan lahir dari bidan "
            "atau rumah sakit serta KK. Kami juga menyarankan Bapak/Ibu mencatatkan perkawinan "
            "melalui KUA agar status hukum keluarga lebih terlindungi."
        ),
        "progress": "Pertanyaan diterima dan sedang dijawab oleh Bidang Pencatatan Sipil.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "disdukcapil",
        "category": "Administrasi kependudukan",
        "title": "Mohon perekaman KTP jemput bola untuk lansia di Kalibawang",
        "body": (
            "Dengan hormat, di Desa Pengarengan dan sekitarnya masih banyak lansia dan warga "
            "difabel yang belum rekam KTP-el karena jarak ke kecamatan jauh dan jalannya naik "
            "turun. Kami mohon Disdukcapil mengadakan perekaman jemput bola di balai desa. "
            "Pemerintah desa siap menyediakan tempat dan mendata warganya."
        ),
        "kecamatan": "33.07.15",
        "desa": "33.07.15.2001",
        "address": "Balai Desa Pengarengan",
        "reply": (
            "Terima kasih atas usulannya. Layanan jemput bola perekaman KTP-el telah dilaksanakan "
            "di Balai Desa Pengarengan pada hari Kamis dan melayani 38 warga, termasuk 9 warga "
            "yang direkam langsung di rumah karena sakit. Hasil cetak KTP-el akan diserahkan "
            "melalui pemerintah desa. Desa lain yang membutuhkan layanan serupa dapat mengajukan "
            "permohonan ke Disdukcapil dengan melampirkan daftar warga."
        ),
        "progress": (
            "Usulan diterima. Kami menunggu data calon peserta dari pemerintah desa untuk "
            "penjadwalan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dlh",
        "category": "Kebersihan dan sampah",
        "title": "Sampah TPS Kawedanan menumpuk sampai ke jalan",
        "body": (
            "sampah di tps jl kawedanan udh numpuk smp meluber ke jalan, baunya nyengat bgt. udh 4 "
            "hari gk diangkut. anjing sm tikus pd ngacak2. ini pusat kota lho, malu sm pendatang"
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1020",
        "address": "TPS Jl. Kawedanan, Wonosobo Barat",
        "reply": (
            "Terima kasih atas laporannya. Keterlambatan pengangkutan terjadi karena dua armada "
            "truk sedang dalam perbaikan, dan sampah di TPS Jl. Kawedanan telah diangkut "
            "seluruhnya pada Jumat pagi dengan armada tambahan. Mulai pekan ini jadwal "
            "pengangkutan di TPS tersebut kembali setiap hari pukul 05.00–07.00. Kami mohon warga "
            "membuang sampah pada jam yang ditentukan dan tidak di luar kontainer."
        ),
        "progress": (
            "Laporan diteruskan ke Bidang Persampahan untuk penambahan ritase pengangkutan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dlh",
        "category": "Lingkungan hidup",
        "title": "Limbah tahu dibuang ke kali, bau busuk",
        "body": (
            "Beberapa usaha tahu di sekitar Wonorejo Selomerto membuang air limbahnya langsung ke "
            "kali. Airnya jadi putih keruh dan baunya busuk sekali, apalagi kalau kemarau. Warga "
            "di hilir yang dulu masih pakai kali untuk mencuci sekarang tidak bisa. Mohon dibina "
            "agar punya pengolahan limbah."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.1011",
        "address": "Kali di belakang Kelurahan Wonorejo",
        "reply": (
            "Terima kasih atas laporannya. Tim DLH telah mengambil sampel air kali dan mendatangi "
            "empat usaha tahu di sekitar Wonorejo, dan hasil uji menunjukkan parameter pencemar "
            "melebihi baku mutu. Para pelaku usaha telah diberi pembinaan dan diminta membangun "
            "instalasi pengolahan limbah sederhana, dengan pendampingan teknis dan fasilitasi "
            "bantuan biogas dari DLH. Pemantauan akan dilakukan kembali dalam tiga bulan."
        ),
        "progress": (
            "Petugas pengawasan lingkungan akan mengambil sampel air dan mendatangi lokasi usaha."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dlh",
        "category": "Lingkungan hidup",
        "title": "Penambangan pasir di Serayu pakai mesin sedot",
        "body": (
            "Dengan hormat, di Sungai Serayu wilayah Desa Krasak Selomerto ada penambangan pasir "
            "memakai mesin sedot hampir setiap hari. Tebing sungai mulai longsor dan mendekati "
            "sawah warga. Kami tidak tahu apakah penambangan ini berizin. Mohon pemerintah "
            "mengecek sebelum kerusakan makin parah."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2006",
        "address": "Bantaran Sungai Serayu, Desa Krasak",
        "reply": (
            "Terima kasih atas laporannya. Tim gabungan DLH, Satpol PP, dan Cabang Dinas ESDM "
            "Provinsi Jawa Tengah telah mengecek lokasi dan memastikan kegiatan tersebut tidak "
            "memiliki izin usaha pertambangan. Kegiatan penambangan telah dihentikan dan mesin "
            "sedot diamankan, serta kasusnya dilimpahkan kepada aparat penegak hukum. Pemulihan "
            "tebing sungai akan kami koordinasikan dengan BBWS Serayu Opak."
        ),
        "progress": (
            "Kami berkoordinasi dengan Dinas ESDM Provinsi dan Satpol PP untuk pengecekan "
            "perizinan tambang."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "dlh",
        "category": "Kebersihan dan sampah",
        "title": "Usul truk sampah masuk ke desa Mungkung",
        "body": (
            "Kami warga Mungkung Kalikajar mengusulkan supaya ada layanan angkut sampah ke desa "
            "kami, meskipun bayar retribusi tidak apa-apa. Sekarang warga bakar sampah atau buang "
            "ke jurang karena tidak ada TPS. Kalau bisa juga dibantu pembentukan bank sampah."
        ),
        "kecamatan": "33.07.07",
        "desa": "33.07.07.2002",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. DLH akan melakukan sosialisasi dan pendampingan "
            "pembentukan bank sampah serta TPS3R di Desa Mungkung bekerja sama dengan pemerintah "
            "desa. Untuk layanan pengangkutan, desa dapat mengajukan permohonan resmi agar "
            "dijadwalkan dalam rute truk wilayah Kalikajar dengan retribusi sesuai perda. Kami "
            "juga mengimbau warga tidak membakar atau membuang sampah ke jurang karena mencemari "
            "lingkungan."
        ),
        "progress": (
            "Usulan diterima, Bidang Persampahan akan mengkaji rute pengangkutan wilayah Kalikajar."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dlh",
        "category": "Lingkungan hidup",
        "title": "Bau kandang ayam sampai ke rumah warga Suroyudan",
        "body": (
            "nyuwun sewu, peternakan ayam potong di Suroyudan baunya sampai ke permukiman, apalagi "
            "kalau pas panen dan bersih2 kandang. lalat juga banyak bgt sampai masuk ke piring. "
            "kami tdk menolak usaha warga tp mohon dikelola biar gk ganggu"
        ),
        "kecamatan": "33.07.14",
        "desa": "33.07.14.2008",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Petugas DLH bersama Dispaperkan telah memeriksa "
            "peternakan ayam di Suroyudan dan meminta pemilik memperbaiki pengelolaan kotoran, "
            "menggunakan probiotik pengurang bau, serta rutin melakukan pengendalian lalat. "
            "Pemilik juga diminta melengkapi dokumen lingkungan SPPL. Kami akan memantau kembali "
            "dalam satu bulan dan mohon warga menginformasikan perkembangannya."
        ),
        "progress": "Laporan diterima, petugas akan memeriksa pengelolaan limbah di peternakan.",
        "reporter_followup": "Sudah agak berkurang baunya, tapi lalat masih banyak.",
    },
    {
        "kind": "informasi",
        "agency": "dlh",
        "category": "Informasi publik",
        "title": "Mohon salinan UKL-UPL pabrik di Sudungdewo",
        "body": (
            "Dengan hormat, saya memohon salinan dokumen UKL-UPL atau persetujuan lingkungan milik "
            "pabrik pengolahan kayu yang berdiri di wilayah Desa Sudungdewo, Kertek. Warga ingin "
            "mengetahui komitmen pengelolaan limbah dan kebisingan perusahaan tersebut. Dokumen "
            "dapat dikirim secara elektronik."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2002",
        "address": "",
        "reply": (
            "Terima kasih atas permohonan informasinya. Salinan ringkasan dokumen UKL-UPL dan "
            "persetujuan lingkungan pabrik yang dimaksud telah kami kirimkan melalui email, dengan "
            "bagian yang memuat rahasia dagang dikecualikan sesuai ketentuan. Bila warga menilai "
            "komitmen pengelolaan lingkungan tidak dijalankan, silakan sampaikan pengaduan agar "
            "kami lakukan pengawasan lapangan."
        ),
        "progress": "Permohonan diteruskan ke bidang Tata Lingkungan untuk penelusuran dokumen.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dinsos-pmd",
        "category": "Bantuan sosial",
        "title": "PKH salah sasaran, yang punya mobil dapat",
        "body": (
            "Di Desa Sumbersari ada beberapa penerima PKH yang sebenarnya mampu, punya mobil dan "
            "rumah tembok bagus, bahkan ada yang anaknya PNS. Sementara janda tua di RT kami yang "
            "tinggal sendiri tidak pernah dapat. Bagaimana cara melaporkan supaya datanya "
            "diperbaiki?"
        ),
        "kecamatan": "33.07.01",
        "desa": "33.07.01.2002",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Pendamping PKH telah melakukan verifikasi lapangan "
            "terhadap penerima yang dilaporkan, dan dua keluarga telah diusulkan graduasi serta "
            "dikeluarkan dari kepesertaan karena tidak lagi memenuhi kriteria. Janda lansia yang "
            "dimaksud telah diusulkan masuk DTSEN melalui musyawarah desa agar dapat "
            "dipertimbangkan sebagai penerima bantuan. Warga juga dapat menyampaikan sanggahan "
            "melalui aplikasi Cek Bansos pada menu usul-sanggah."
        ),
        "progress": (
            "Laporan diteruskan ke pendamping PKH Kecamatan Wadaslintang untuk verifikasi lapangan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dinsos-pmd",
        "category": "Bantuan sosial",
        "title": "Bansos sembako dipotong oknum pendamping",
        "body": (
            "bansos sembako di banyukembar dipotong 50rb per orang sama oknum, katanya buat uang "
            "transport sama fotokopi. kalau gak mau bayar diancam dicoret dr daftar. warga takut "
            "ngomong. mohon ditindak tp nama sy jgn disebut"
        ),
        "kecamatan": "33.07.10",
        "desa": "33.07.10.2005",
        "address": "",
        "reply": (
            "Terima kasih atas keberanian Bapak/Ibu melapor, identitas pelapor kami rahasiakan. "
            "Tim Dinsos PMD telah melakukan klarifikasi kepada penerima dan menemukan adanya "
            "pemotongan oleh oknum di luar pendamping resmi. Kasus ini telah kami laporkan ke "
            "Inspektorat dan aparat penegak hukum, dan penyaluran bulan berikutnya diawasi "
            "langsung petugas dinas. Bantuan sosial tidak boleh dipotong dengan alasan apa pun."
        ),
        "progress": (
            "Laporan diterima dan ditangani secara tertutup oleh Bidang Perlindungan dan Jaminan "
            "Sosial."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "dinsos-pmd",
        "category": "Bantuan sosial",
        "title": "Bagaimana cara masuk DTSEN?",
        "body": (
            "Selamat pagi. Saya buruh harian dan istri saya sakit-sakitan, tapi kami tidak pernah "
            "dapat bantuan apa pun. Katanya harus masuk DTSEN dulu. Bagaimana caranya, daftar ke "
            "mana? Kami tinggal di Jogoyitnan."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.2005",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Pengusulan masuk DTSEN dapat dilakukan melalui "
            "pemerintah desa atau kelurahan dengan membawa KTP dan KK, kemudian dibahas dalam "
            "musyawarah desa dan diverifikasi sebelum diusulkan ke Kementerian Sosial. Bapak juga "
            "dapat mengajukan usulan mandiri melalui aplikasi Cek Bansos. Masuk DTSEN tidak "
            "otomatis menjadi penerima bantuan, karena penetapan penerima disesuaikan dengan kuota "
            "dan peringkat kesejahteraan."
        ),
        "progress": "Pertanyaan diteruskan ke Bidang Perlindungan dan Jaminan Sosial.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dinsos-pmd",
        "category": "Ketertiban umum",
        "title": "ODGJ tidur di emper toko dekat alun-alun",
        "body": (
            "Sudah seminggu ada orang dengan gangguan jiwa yang tidur di emper toko dekat "
            "alun-alun, kadang teriak-teriak dan mengambil makanan pedagang. Orangnya tidak "
            "berbahaya tapi kasihan, badannya kurus dan kotor. Mohon dibantu penanganannya."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1021",
        "address": "Sekitar Alun-alun Wonosobo",
        "reply": (
            "Terima kasih atas kepeduliannya. Tim Dinsos PMD bersama Satpol PP telah menjangkau "
            "yang bersangkutan pada Selasa sore dan membawanya ke RSUD untuk pemeriksaan "
            "kesehatan. Berdasarkan hasil penelusuran, keluarganya berasal dari Kabupaten "
            "Temanggung dan telah dihubungi untuk proses pemulangan dan pengobatan lanjutan. "
            "Laporan serupa dapat disampaikan kembali melalui kanal ini."
        ),
        "progress": "Tim Reaksi Cepat Dinsos PMD bersama Satpol PP akan melakukan penjangkauan.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "dinsos-pmd",
        "category": "Informasi publik",
        "title": "Daftar penerima PKH dan BPNT Desa Pesodongan",
        "body": (
            "Dengan hormat, kami dari BPD Desa Pesodongan Kecamatan Kaliwiro bermaksud meminta "
            "daftar nama penerima PKH dan bantuan sembako/BPNT tahap terakhir di desa kami. Data "
            "akan kami gunakan untuk bahan musyawarah desa pemutakhiran data. Terima kasih."
        ),
        "kecamatan": "33.07.04",
        "desa": "33.07.04.2008",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Daftar nama penerima PKH dan bantuan sembako Desa "
            "Pesodongan tahap terakhir telah kami serahkan melalui pemerintah desa, dengan NIK dan "
            "alamat lengkap disamarkan untuk melindungi data pribadi penerima. Hasil musyawarah "
            "desa terkait usulan dan sanggahan dapat disampaikan melalui operator SIKS-NG desa."
        ),
        "progress": (
            "Permohonan sedang diproses PPID Pelaksana Dinsos PMD, data pribadi penerima akan "
            "disamarkan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dpmptsp",
        "category": "Perizinan",
        "title": "Permohonan PBG sudah 2 bulan belum terbit",
        "body": (
            "Dengan hormat, saya mengajukan PBG untuk rumah tinggal dua lantai di Desa Pungangan "
            "melalui SIMBG dua bulan lalu. Semua dokumen sudah lengkap dan sudah konsultasi, "
            "tetapi statusnya masih menunggu penilaian teknis. Bank meminta PBG untuk pencairan "
            "KPR saya. Mohon informasinya."
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.2012",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Berkas PBG Bapak/Ibu tertunda karena gambar struktur "
            "perlu dilengkapi perhitungan, dan catatan perbaikan telah kami unggah di SIMBG. "
            "Setelah perbaikan diunggah, penilaian oleh tim profesi ahli dijadwalkan paling lambat "
            "lima hari kerja, kemudian retribusi dapat dibayar dan PBG diterbitkan. Untuk "
            "pendampingan, silakan datang ke Mal Pelayanan Publik lantai 1 atau hubungi (0286) "
            "325105."
        ),
        "progress": "Pengaduan sedang dikoordinasikan dengan DPUPR selaku penilai dokumen teknis.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "dpmptsp",
        "category": "Perizinan",
        "title": "Cara bikin NIB buat jualan online",
        "body": (
            "min, sy jualan kopi bubuk sm purwaceng online di marketplace, diminta NIB. cara "
            "bikinnya gmn? bayar gk? sy di kejajar jauh kalo harus ke kota"
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.1008",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. NIB untuk usaha mikro dapat dibuat sendiri secara "
            "daring dan gratis melalui oss.go.id menggunakan NIK dan email aktif. Jika mengalami "
            "kesulitan, Bapak/Ibu dapat meminta pendampingan di Mal Pelayanan Publik atau menunggu "
            "layanan jemput bola DPMPTSP yang dijadwalkan di Kecamatan Kejajar. Untuk produk "
            "pangan, setelah NIB terbit perlu dilengkapi SPP-IRT dari Dinas Kesehatan."
        ),
        "progress": "Pertanyaan diterima, petugas pendamping OSS akan menjawab.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "dpmptsp",
        "category": "Informasi publik",
        "title": "Mohon standar pelayanan dan SOP izin reklame",
        "body": (
            "Dengan hormat, saya pemilik usaha percetakan yang sering mengurus izin reklame untuk "
            "klien. Saya memohon salinan standar pelayanan dan SOP perizinan reklame yang berlaku, "
            "termasuk waktu penyelesaian dan biaya resmi. Terima kasih."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1011",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Standar pelayanan dan SOP perizinan reklame telah "
            "kami kirimkan melalui email, dan juga dapat diunduh di laman resmi DPMPTSP menu "
            "Standar Pelayanan. Sebagai catatan, izin reklame diproses paling lama lima hari kerja "
            "setelah berkas lengkap, sedangkan pajak reklame ditetapkan dan dibayarkan ke BPPKAD. "
            "Tidak ada biaya lain di luar pajak reklame yang ditetapkan."
        ),
        "progress": "Permohonan informasi diterima dan dokumen sedang disiapkan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disdagkopukm",
        "category": "Ketertiban umum",
        "title": "Antre elpiji 3 kg di Kertek sampai berjam-jam",
        "body": (
            "sudah seminggu elpiji melon langka di kertek. tadi pagi antre di pangkalan dr jam 6 "
            "smp jam 9, itu jg cuma boleh beli 1. di warung harganya 28rb. kami mau masak pake "
            "apa. tolong pemerintah turun tangan"
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.1008",
        "address": "Pangkalan elpiji dekat Pasar Kertek",
        "reply": (
            "Terima kasih atas laporannya. Disdagkopukm telah berkoordinasi dengan Pertamina dan "
            "agen wilayah Kertek, dan telah disalurkan tambahan pasokan (extra dropping) elpiji 3 "
            "kg ke pangkalan-pangkalan di Kecamatan Kertek. Pembelian di pangkalan sesuai HET, "
            "dengan menunjukkan KTP. Warung pengecer yang menjual jauh di atas HET akan kami data "
            "dan bina bersama pemerintah kecamatan."
        ),
        "progress": (
            "Laporan diterima. Tim pengawas akan memantau pangkalan dan berkoordinasi dengan agen "
            "serta Pertamina."
        ),
        "reporter_followup": "Hari ini sudah bisa beli di pangkalan tanpa antre lama.",
    },
    {
        "kind": "pengaduan",
        "agency": "disdagkopukm",
        "category": "Kebersihan dan sampah",
        "title": "Atap los sayur Pasar Induk bocor, lantai becek",
        "body": (
            "Kami pedagang los sayur di lantai dasar Pasar Induk Wonosobo mengeluhkan atap yang "
            "bocor di banyak titik. Setiap hujan dagangan basah dan lantai becek bercampur sampah "
            "sayur, pembeli jadi malas masuk. Retribusi kami bayar tiap hari, mohon fasilitasnya "
            "diperhatikan."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1021",
        "address": "Pasar Induk Wonosobo, los sayur lantai dasar",
        "reply": (
            "Terima kasih atas laporannya. UPT Pasar telah mendata sebelas titik atap bocor di los "
            "sayur lantai dasar, dan penggantian talang serta atap yang rusak dilaksanakan mulai "
            "hari Senin secara bertahap agar tidak mengganggu aktivitas berdagang. Kami juga "
            "menambah jadwal penyemprotan lantai dan pengangkutan sampah pasar bersama DLH. "
            "Keluhan fasilitas pasar dapat disampaikan langsung ke kantor UPT Pasar."
        ),
        "progress": "Laporan diteruskan ke UPT Pasar untuk pendataan titik bocor.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disdagkopukm",
        "category": "Perbankan dan keuangan",
        "title": "Koperasi simpan pinjam tidak mau kembalikan simpanan",
        "body": (
            "Dengan hormat, saya dan puluhan warga Sinduagung menjadi anggota sebuah koperasi "
            "simpan pinjam dan menabung di sana. Sejak setahun lalu simpanan kami tidak bisa "
            "diambil dengan alasan koperasi sedang kesulitan dana, dan kantornya sekarang sering "
            "tutup. Total simpanan saya Rp18 juta. Mohon pemerintah membantu."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2013",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Disdagkopukm telah memanggil pengurus koperasi dan "
            "melakukan pemeriksaan kesehatan koperasi, dan pengurus diwajibkan menyampaikan "
            "rencana pengembalian simpanan anggota secara bertahap dalam rapat anggota luar biasa. "
            "Kami akan mendampingi pelaksanaan rapat tersebut. Apabila ditemukan unsur penipuan "
            "atau penggelapan, anggota dapat melapor ke Polres Wonosobo dan kami siap memberikan "
            "data pendukung."
        ),
        "progress": (
            "Pengaduan diterima. Bidang Koperasi akan memanggil pengurus koperasi untuk "
            "klarifikasi."
        ),
        "reporter_followup": "Rapat anggota sudah dijadwalkan bulan depan, semoga benar ditepati.",
    },
    {
        "kind": "aspirasi",
        "agency": "disdagkopukm",
        "category": "Perbankan dan keuangan",
        "title": "Usul pelatihan jualan online bagi pedagang pasar",
        "body": (
            "Kami pedagang Pasar Sapuran mengusulkan adanya pelatihan pemasaran digital dan "
            "pembayaran QRIS untuk pedagang pasar tradisional. Banyak pembeli muda sekarang malas "
            "bawa uang tunai. Kami ingin belajar tapi tidak tahu mulai dari mana."
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.1008",
        "address": "Pasar Sapuran",
        "reply": (
            "Terima kasih atas usulannya. Disdagkopukm bersama Bank Indonesia dan perbankan daerah "
            "akan menyelenggarakan pelatihan digitalisasi pasar dan pendaftaran QRIS di Pasar "
            "Sapuran. Jadwal dan pendaftaran peserta akan diumumkan melalui kepala pasar. Pedagang "
            "juga dapat mendaftar program pendampingan UMKM di kantor kami."
        ),
        "progress": (
            "Usulan diterima Bidang UMKM dan sedang dikoordinasikan dengan mitra perbankan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "disnakerintrans",
        "category": "Ketenagakerjaan",
        "title": "Bikin kartu kuning AK1 syaratnya apa?",
        "body": (
            "permisi, mau tanya syarat bikin kartu kuning buat ngelamar kerja apa aja ya? bisa "
            "online gk? sy baru lulus smk"
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1002",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Kartu pencari kerja (AK1) dapat dibuat secara daring "
            "melalui laman SIAPkerja Kemnaker dengan mengunggah KTP, ijazah terakhir, dan pasfoto, "
            "kemudian dicetak atau diverifikasi di Disnakerintrans bila diperlukan. Layanan ini "
            "gratis dan dapat diproses pada hari yang sama. Silakan datang ke kantor kami di Jl. "
            "T. Jogonegoro No. 11 bila mengalami kendala saat pendaftaran daring."
        ),
        "progress": "Pertanyaan diterima bagian penempatan tenaga kerja.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disnakerintrans",
        "category": "Ketenagakerjaan",
        "title": "Gaji di bawah UMK dan THR tidak dibayar",
        "body": (
            "Saya karyawan pabrik kayu lapis di daerah Kertek, sudah kerja 4 tahun. Gaji saya "
            "masih di bawah UMK Wonosobo dan THR kemarin tidak dibayar penuh, katanya perusahaan "
            "sedang rugi. Teman-teman takut protes karena bisa diberhentikan. Mohon bantuan "
            "pengawasan."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2014",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya, identitas pelapor kami jaga. Disnakerintrans telah "
            "memanggil manajemen perusahaan dan menyampaikan kewajiban membayar upah minimal "
            "sesuai UMK serta THR secara penuh. Karena pengawasan norma ketenagakerjaan merupakan "
            "kewenangan provinsi, temuan ini telah kami teruskan ke UPTD Pengawasan "
            "Ketenagakerjaan Provinsi Jawa Tengah wilayah Magelang untuk pemeriksaan. Pekerja "
            "dapat berkonsultasi langsung dengan mediator kami di kantor Disnakerintrans."
        ),
        "progress": (
            "Pengaduan diteruskan ke mediator hubungan industrial dan akan dikoordinasikan dengan "
            "Pengawas Ketenagakerjaan Provinsi."
        ),
        "reporter_followup": (
            "Sudah ada pemeriksaan dari provinsi minggu lalu, katanya THR kekurangannya mau "
            "dibayar."
        ),
    },
    {
        "kind": "pengaduan",
        "agency": "disnakerintrans",
        "category": "Ketenagakerjaan",
        "title": "Calo minta uang 15 juta untuk kerja di Malaysia",
        "body": (
            "Di Desa Kalidadap ada orang yang menawarkan kerja ke Malaysia lewat jalur cepat tanpa "
            "pelatihan, minta uang Rp15 juta di muka. Katanya berangkat pakai visa turis dulu. "
            "Beberapa pemuda sudah bayar. Apakah ini resmi? Nomor orang itu 0823-1147-6620."
        ),
        "kecamatan": "33.07.01",
        "desa": "33.07.01.2017",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Penempatan pekerja migran menggunakan visa turis dan "
            "pungutan di muka seperti itu merupakan praktik nonprosedural yang berisiko tinggi. "
            "Disnakerintrans bersama BP3MI Jawa Tengah telah melakukan sosialisasi di Desa "
            "Kalidadap dan melaporkan dugaan perekrutan ilegal kepada Polres Wonosobo. Warga yang "
            "ingin bekerja ke luar negeri kami sarankan mendaftar melalui layanan resmi di kantor "
            "Disnakerintrans atau LTSA terdekat."
        ),
        "progress": (
            "Laporan diteruskan ke petugas perlindungan PMI dan dikoordinasikan dengan BP3MI Jawa "
            "Tengah."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "disnakerintrans",
        "category": "Ketenagakerjaan",
        "title": "Usul pelatihan montir motor untuk pemuda Mutisari",
        "body": (
            "Kami dari karang taruna Mutisari ingin mengusulkan pelatihan keterampilan montir "
            "sepeda motor dan las untuk pemuda desa yang tidak melanjutkan sekolah. Banyak yang "
            "akhirnya merantau tanpa keahlian. Kalau bisa pelatihannya di desa atau ada bantuan "
            "transport ke BLK."
        ),
        "kecamatan": "33.07.10",
        "desa": "33.07.10.2015",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. Disnakerintrans membuka pelatihan berbasis kompetensi di "
            "BLK Wonosobo dengan kejuruan otomotif sepeda motor dan las yang tidak dipungut biaya, "
            "dan peserta memperoleh uang saku. Untuk pelatihan di desa, kami dapat "
            "menyelenggarakan Mobile Training Unit apabila tersedia minimal 16 peserta. Silakan "
            "ajukan permohonan melalui pemerintah desa beserta daftar calon peserta."
        ),
        "progress": "Usulan diteruskan ke UPT BLK untuk pengecekan jadwal pelatihan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disnakerintrans",
        "category": "Ketenagakerjaan",
        "title": "Karyawan toko tidak didaftarkan BPJS TK",
        "body": (
            "Saya kerja di toko bangunan di Selomerto sudah dua tahun, tapi tidak didaftarkan BPJS "
            "Ketenagakerjaan. Kemarin teman saya jatuh waktu angkat semen dan biaya pengobatan "
            "ditanggung sendiri. Apakah perusahaan wajib mendaftarkan karyawannya?"
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2024",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Setiap pemberi kerja wajib mendaftarkan pekerjanya "
            "dalam program BPJS Ketenagakerjaan. Disnakerintrans bersama petugas pemeriksa BPJS "
            "Ketenagakerjaan telah mendatangi toko tersebut, dan pemilik usaha telah mendaftarkan "
            "seluruh lima karyawannya mulai bulan ini. Untuk biaya pengobatan kecelakaan kerja "
            "sebelum terdaftar, pekerja dapat menempuh mediasi dengan pemberi kerja melalui "
            "mediator kami."
        ),
        "progress": (
            "Kami berkoordinasi dengan BPJS Ketenagakerjaan Cabang Wonosobo untuk pemeriksaan "
            "kepesertaan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disparbud",
        "category": "Pariwisata",
        "title": "Toilet di kawasan Telaga Warna kotor dan rusak",
        "body": (
            "Kemarin berkunjung ke Telaga Warna bersama rombongan dari Semarang. Tiket sudah bayar "
            "tapi toiletnya sangat kotor, pintunya rusak tidak bisa dikunci, dan airnya mati. "
            "Rombongan ibu-ibu sampai harus antre ke warung. Sayang sekali destinasi sebagus ini "
            "fasilitasnya kurang terawat."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2013",
        "address": "Kawasan Telaga Warna, Desa Dieng",
        "reply": (
            "Terima kasih atas masukan dan kunjungannya ke Wonosobo. Pengelola telah memperbaiki "
            "pintu dan instalasi air di toilet kawasan Telaga Warna, serta menambah petugas "
            "kebersihan yang berjaga setiap hari pukul 07.00–17.00. Kami juga menjadwalkan "
            "renovasi toilet secara menyeluruh tahun depan. Semoga kunjungan berikutnya lebih "
            "nyaman."
        ),
        "progress": "Keluhan diteruskan ke pengelola objek wisata untuk pengecekan fasilitas.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "disparbud",
        "category": "Pariwisata",
        "title": "Usul festival Lengger rutin tiap bulan",
        "body": (
            "Saya pegiat sanggar tari di Bumitirto. Kami berharap Pemkab membuat pentas Lengger "
            "rutin tiap bulan di Alun-alun atau Pendopo, supaya sanggar-sanggar desa punya "
            "panggung dan wisatawan bisa menonton. Anak-anak muda di desa kami semangat belajar "
            "Lengger tapi jarang tampil."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2018",
        "address": "",
        "reply": (
            "Terima kasih atas usulan dan dedikasi sanggar dalam melestarikan Lengger. Disparbud "
            "sedang menyusun kalender pentas seni rutin di Pendopo Kabupaten dan usulan Bapak/Ibu "
            "akan kami masukkan, dengan giliran tampil untuk sanggar-sanggar desa. Sanggar dapat "
            "mendaftarkan diri untuk pendataan dan pembinaan di Bidang Kebudayaan Disparbud."
        ),
        "progress": (
            "Usulan diterima Bidang Kebudayaan untuk dibahas dalam penyusunan kalender event."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disparbud",
        "category": "Pariwisata",
        "title": "Ditarik pungutan tambahan di jalan menuju Telaga Menjer",
        "body": (
            "Minggu kemarin mau ke Telaga Menjer, di tengah jalan dicegat beberapa pemuda minta "
            "uang 10 ribu per mobil, katanya uang kebersihan. Tidak ada karcisnya. Sampai di loket "
            "bayar tiket lagi. Ini resmi atau tidak?"
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2011",
        "address": "Pintu masuk Telaga Menjer",
        "reply": (
            "Terima kasih atas laporannya. Pungutan di tengah jalan tersebut bukan pungutan resmi; "
            "tiket dan retribusi resmi hanya dibayar di loket dengan karcis. Disparbud bersama "
            "Kecamatan Garung, Pemerintah Desa Menjer, dan Bhabinkamtibmas telah membina para "
            "pemuda tersebut dan menghentikan pungutan. Wisatawan yang menemukan pungutan tanpa "
            "karcis dapat melapor ke pos informasi wisata."
        ),
        "progress": (
            "Kami berkoordinasi dengan pengelola dan pemerintah desa setempat untuk klarifikasi."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "disparbud",
        "category": "Informasi publik",
        "title": "Data kunjungan wisatawan Dieng lima tahun terakhir",
        "body": (
            "Dengan hormat, saya pengelola homestay di Campursari. Untuk menyusun rencana usaha, "
            "saya memohon data jumlah kunjungan wisatawan ke objek wisata di kawasan Dieng "
            "Wonosobo per tahun selama lima tahun terakhir, jika ada dipisah wisatawan nusantara "
            "dan mancanegara. Terima kasih."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2001",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Data jumlah kunjungan wisatawan ke objek wisata "
            "kawasan Dieng sisi Wonosobo selama lima tahun terakhir, dipisah wisatawan nusantara "
            "dan mancanegara, telah kami kirimkan dalam format spreadsheet melalui email. Data "
            "tersebut bersumber dari penjualan tiket objek wisata. Untuk data okupansi homestay, "
            "kami sarankan berkoordinasi dengan asosiasi homestay setempat."
        ),
        "progress": "Permohonan diterima, data sedang direkap Bidang Destinasi Wisata.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dispaperkan",
        "category": "Pertanian",
        "title": "Pupuk subsidi langka, di kios dijual di atas HET",
        "body": (
            "Pupuk urea dan NPK subsidi di kios Kalikajar kosong terus, kalau ada dijual lebih "
            "mahal dari HET, urea 150 ribu per sak. Kartu tani sudah punya tapi tetap susah dapat. "
            "Sekarang pas musim tanam. Mohon pengawasannya."
        ),
        "kecamatan": "33.07.07",
        "desa": "33.07.07.1006",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. KP3 Kabupaten Wonosobo telah memeriksa kios di "
            "Kalikajar dan menemukan penjualan di atas HET, sehingga kios tersebut diberi teguran "
            "tertulis dan diawasi distributor. Alokasi pupuk bersubsidi untuk wilayah Kalikajar "
            "bulan ini telah dipercepat penyalurannya. Petani yang masih menemukan harga di atas "
            "HET dapat melapor ke penyuluh di BPP Kalikajar."
        ),
        "progress": "Laporan diteruskan ke Komisi Pengawasan Pupuk dan Pestisida (KP3) Kabupaten.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "dispaperkan",
        "category": "Pertanian",
        "title": "Kentang kena busuk daun, obat tidak mempan",
        "body": (
            "tanaman kentang sy di sikunang umur 50 hari kena busuk daun, daunnya item2 terus "
            "layu. udh disemprot fungisida 3x tp tetep nyebar. tetangga jg sama. mohon petugas "
            "penyuluh datang nggih, takut gagal panen"
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2002",
        "address": "Ladang kentang Desa Sikunang",
        "reply": (
            "Terima kasih atas laporannya. Petugas POPT dan penyuluh BPP Kejajar telah meninjau "
            "lahan di Sikunang dan memastikan serangan penyakit busuk daun (Phytophthora "
            "infestans) yang dipicu kelembapan tinggi. Petani telah diberikan rekomendasi rotasi "
            "bahan aktif fungisida, pemotongan daun terinfeksi, dan pengaturan drainase, serta "
            "bantuan agens hayati untuk kelompok tani. Penyuluh akan mendampingi hingga panen."
        ),
        "progress": "Penyuluh BPP Kejajar dan petugas POPT akan meninjau lahan.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "dispaperkan",
        "category": "Pertanian",
        "title": "Cara dapat kartu tani",
        "body": (
            "Saya petani di Beran Kepil, belum punya kartu tani jadi tidak bisa beli pupuk "
            "subsidi. Cara daftarnya bagaimana? Lahan saya sewa, bukan milik sendiri."
        ),
        "kecamatan": "33.07.02",
        "desa": "33.07.02.2009",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Untuk memperoleh pupuk bersubsidi, petani harus "
            "terdaftar dalam e-RDKK melalui kelompok tani dengan bantuan penyuluh di BPP Kepil, "
            "termasuk petani penggarap atau penyewa dengan luas lahan sesuai ketentuan. Setelah "
            "terdaftar, penebusan pupuk dapat dilakukan dengan KTP atau kartu tani. Silakan "
            "bergabung dengan kelompok tani setempat dan menghubungi penyuluh pertanian desa."
        ),
        "progress": "Pertanyaan diteruskan ke penyuluh BPP Kepil.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "dispaperkan",
        "category": "Pertanian",
        "title": "Harga kentang anjlok, mohon ada gudang penyimpanan",
        "body": (
            "Setiap panen raya harga kentang di Tieng anjlok sampai 5 ribu per kilo, padahal biaya "
            "tanam besar. Kami petani berharap pemerintah membangun gudang penyimpanan atau cold "
            "storage bersama supaya kentang bisa ditahan dan dijual pas harga bagus. Juga mohon "
            "dibantu akses pasar ke luar daerah."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2010",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. Dispaperkan mencatat usulan gudang penyimpanan kentang "
            "dan akan membahasnya dalam perencanaan tahun depan, termasuk kemungkinan pengelolaan "
            "bersama melalui gapoktan atau BUMDes. Saat ini kami juga memfasilitasi kemitraan "
            "petani dengan industri pengolahan dan pasar induk di luar daerah. Gapoktan yang "
            "berminat dapat mengajukan proposal melalui BPP Kejajar."
        ),
        "progress": (
            "Usulan dicatat Bidang Tanaman Pangan dan Hortikultura sebagai bahan perencanaan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "dispaperkan",
        "category": "Pertanian",
        "title": "Domba saya lemas dan mulutnya luka, penyakit apa?",
        "body": (
            "Nyuwun pirsa, domba wonosobo saya tiga ekor mulutnya ada luka-luka seperti sariawan, "
            "tidak mau makan dan lemas. Ini penyakit apa ya dan apakah menular ke domba lain? Ada "
            "dokter hewan yang bisa datang ke Siwuran?"
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2006",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Gejala luka di mulut pada domba dapat disebabkan "
            "oleh penyakit orf yang menular, sehingga domba yang sakit sebaiknya segera dipisahkan "
            "dari yang sehat. Petugas Puskeswan Garung akan datang ke Siwuran untuk pemeriksaan "
            "dan pengobatan tanpa biaya. Bapak/Ibu juga dapat menghubungi petugas kesehatan hewan "
            "melalui penyuluh desa."
        ),
        "progress": "Pertanyaan diteruskan ke petugas Puskeswan Garung.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bpbd",
        "category": "Bencana",
        "title": "Longsor tutup jalan Tieng ke Parikesit",
        "body": (
            "Lapor min, tebing di jalan Tieng arah Parikesit longsor tadi subuh, material tanah "
            "sama batu nutup jalan total. Motor gak bisa lewat, anak2 sekolah muter jauh. Masih "
            "gerimis terus, takut longsor susulan. Mohon dikirim alat berat."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2010",
        "address": "Jalan Tieng–Parikesit",
        "reply": (
            "Terima kasih atas laporannya. Tim BPBD bersama relawan, TNI/Polri, dan warga telah "
            "membersihkan material longsor dengan bantuan satu unit alat berat dari DPUPR, dan "
            "jalan Tieng–Parikesit dapat dilalui kembali sejak pukul 14.00. Karena tebing masih "
            "labil, kami memasang rambu peringatan dan mengimbau pengguna jalan tidak melintas "
            "saat hujan deras. Kejadian bencana dapat dilaporkan ke Pusdalops BPBD (0286) 321800 "
            "selama 24 jam."
        ),
        "progress": (
            "Tim Reaksi Cepat BPBD sedang menuju lokasi untuk kaji cepat. Kami berkoordinasi "
            "dengan DPUPR untuk alat berat."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bpbd",
        "category": "Bencana",
        "title": "Tanah retak di belakang rumah makin lebar",
        "body": (
            "Dengan hormat, di dusun kami Tempuranduwur Sapuran muncul retakan tanah memanjang di "
            "belakang lima rumah warga sejak awal musim hujan. Retakan sekarang lebarnya sudah "
            "sekitar sejengkal dan dinding dua rumah ikut retak. Warga cemas kalau malam hujan. "
            "Mohon dilakukan pengecekan dan arahan."
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.2012",
        "address": "Dusun Tempuran, Desa Tempuranduwur",
        "reply": (
            "Terima kasih atas laporannya. Tim BPBD telah melakukan kaji cepat dan menetapkan "
            "lokasi sebagai zona gerakan tanah aktif, sehingga lima keluarga telah diungsikan "
            "sementara ke rumah kerabat dan balai dusun dengan dukungan logistik. Warga diminta "
            "menutup retakan dengan tanah liat dan membuat saluran agar air hujan tidak masuk ke "
            "retakan. Kajian lanjutan oleh Badan Geologi telah kami ajukan untuk menentukan perlu "
            "tidaknya relokasi."
        ),
        "progress": "Tim kaji cepat BPBD dijadwalkan meninjau lokasi bersama pemerintah desa.",
        "reporter_followup": "Retakan kemarin nambah lagi di sawah bawah.",
    },
    {
        "kind": "pengaduan",
        "agency": "bpbd",
        "category": "Bencana",
        "title": "Pohon besar tumbang menimpa rumah di Kramatan",
        "body": (
            "Angin kencang sore ini bikin pohon mahoni besar di pinggir jalan Kramatan tumbang, "
            "menimpa atap rumah warga dan menutup separuh jalan. Kabel listrik juga ikut putus. "
            "Tidak ada korban jiwa tapi penghuni rumah syok. Mohon segera dibantu."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1006",
        "address": "Jl. Sumbing, Kelurahan Kramatan",
        "reply": (
            "Terima kasih atas laporannya. Tim gabungan BPBD, Damkar, DLH, dan relawan telah "
            "memotong dan mengevakuasi batang pohon, sementara PLN memperbaiki kabel yang putus "
            "dan listrik menyala kembali pada malam harinya. Pemilik rumah telah menerima bantuan "
            "logistik dan terpal, dan kerusakan atap telah didata untuk bantuan stimulan rumah "
            "rusak. DLH akan memeriksa pohon-pohon perindang lain di sepanjang jalan tersebut."
        ),
        "progress": (
            "Tim BPBD dan Damkar menuju lokasi. PLN telah diminta memadamkan aliran di sekitar "
            "lokasi."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "bpbd",
        "category": "Informasi publik",
        "title": "Data bantuan rumah rusak akibat bencana tahun ini",
        "body": (
            "Selamat siang, saya perangkat desa Kauman Kaliwiro. Kami memohon informasi daftar "
            "rumah rusak akibat bencana di Kecamatan Kaliwiro yang sudah menerima bantuan stimulan "
            "tahun ini beserta besaran bantuannya. Ada warga kami yang rumahnya rusak karena "
            "longsor bulan lalu dan belum tahu statusnya."
        ),
        "kecamatan": "33.07.04",
        "desa": "33.07.04.2016",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Rekapitulasi rumah rusak akibat bencana di Kecamatan "
            "Kaliwiro beserta status dan besaran bantuan stimulan telah kami kirimkan ke "
            "pemerintah desa melalui email. Rumah warga Desa Kauman yang rusak akibat longsor "
            "bulan lalu sudah tercatat dalam hasil kaji cepat dan sedang menunggu verifikasi "
            "tingkat kerusakan. Silakan hubungi Bidang Rehabilitasi dan Rekonstruksi BPBD untuk "
            "perkembangan lebih lanjut."
        ),
        "progress": (
            "Permohonan diterima, data sedang direkap Bidang Rehabilitasi dan Rekonstruksi."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "bpbd",
        "category": "Bencana",
        "title": "Usul alat peringatan dini longsor di Krinjing",
        "body": (
            "Desa kami Krinjing Watumalang beberapa kali kena longsor dan ada dusun yang di bawah "
            "tebing curam. Kami mengusulkan dipasang alat peringatan dini longsor (EWS) dan "
            "pelatihan evakuasi untuk warga. Kami juga ingin desa kami dibina menjadi desa tangguh "
            "bencana."
        ),
        "kecamatan": "33.07.10",
        "desa": "33.07.10.2014",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. BPBD telah mencatat Desa Krinjing sebagai prioritas "
            "pembentukan Desa Tangguh Bencana dan pemasangan EWS longsor tahun depan sesuai hasil "
            "kajian risiko. Sebelum itu, kami akan menyelenggarakan sosialisasi dan simulasi "
            "evakuasi bersama pemerintah desa, relawan, dan Babinsa. Pemerintah desa dapat "
            "menyiapkan data warga di zona rawan untuk perencanaan jalur evakuasi."
        ),
        "progress": "Usulan diterima Bidang Pencegahan dan Kesiapsiagaan untuk dikaji.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "satpolpp-damkar",
        "category": "Ketertiban umum",
        "title": "PKL penuhi trotoar Jl. A. Yani",
        "body": (
            "trotoar di jl a yani skrg udh penuh pkl, pejalan kaki terpaksa turun ke jalan. "
            "apalagi sore, ada yg gelar lapak sampe badan jalan. bahaya bgt buat anak2 sm lansia. "
            "mohon ditata"
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1020",
        "address": "Trotoar Jl. A. Yani",
        "reply": (
            "Terima kasih atas laporannya. Satpol PP telah melakukan penertiban humanis di trotoar "
            "Jl. A. Yani dan meminta para PKL menata lapak agar tidak memakan trotoar dan badan "
            "jalan. PKL yang terdata telah diarahkan ke lokasi relokasi yang disediakan "
            "Disdagkopukm. Patroli akan dilakukan rutin setiap sore untuk menjaga ketertiban."
        ),
        "progress": "Laporan diterima. Tim penertiban akan melakukan patroli dan pendataan PKL.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "satpolpp-damkar",
        "category": "Ketertiban umum",
        "title": "Warung jual ciu dan miras oplosan di Garunglor",
        "body": (
            "Saya tidak mau disebut namanya. Di Garunglor ada warung yang terang-terangan menjual "
            "ciu dan miras oplosan, banyak anak muda mabuk sampai larut malam dan sering bikin "
            "keributan. Ada yang masih SMP. Orang tua resah. Mohon ditindak."
        ),
        "kecamatan": "33.07.14",
        "desa": "33.07.14.2016",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya, identitas pelapor kami rahasiakan. Satpol PP bersama "
            "Polsek Sukoharjo telah melakukan operasi dan menyita puluhan botol minuman beralkohol "
            "tanpa izin dari warung tersebut, dan pemilik telah menjalani sidang tindak pidana "
            "ringan atas pelanggaran perda. Kami akan melakukan patroli berkala, dan warga dapat "
            "melapor kembali bila penjualan berlanjut."
        ),
        "progress": (
            "Laporan diterima dan akan ditindaklanjuti melalui operasi penegakan perda bersama "
            "kepolisian."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "satpolpp-damkar",
        "category": "Ketertiban umum",
        "title": "Sarang tawon vespa di pohon depan rumah",
        "body": (
            "Tolong, ada sarang tawon ndas besar sekali di pohon nangka depan rumah saya di "
            "Pakuncen Selomerto. Kemarin anak tetangga disengat sampai bengkak dan dibawa ke "
            "puskesmas. Kami takut mendekat. Mohon damkar bisa bantu evakuasi."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2009",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Regu Pemadam Kebakaran dan Penyelamatan telah "
            "mengevakuasi sarang tawon vespa di Pakuncen pada malam harinya dengan alat pelindung "
            "khusus dan tidak ada warga yang tersengat. Layanan evakuasi hewan berbahaya tidak "
            "dipungut biaya. Untuk keadaan darurat kebakaran dan penyelamatan, silakan hubungi 113 "
            "atau (0286) 321113."
        ),
        "progress": (
            "Laporan diteruskan ke regu Damkar. Evakuasi sarang tawon biasanya dilakukan malam "
            "hari."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "satpolpp-damkar",
        "category": "Ketertiban umum",
        "title": "Pelajar bolos nongkrong di warnet jam sekolah",
        "body": (
            "Setiap pagi sampai siang banyak pelajar berseragam nongkrong dan main game di warnet "
            "dan warung sekitar Terminal Mendolo. Jelas sedang jam sekolah. Mohon ada razia supaya "
            "mereka kembali ke sekolah."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1008",
        "address": "Warnet dekat Terminal Mendolo",
        "reply": (
            "Terima kasih atas laporannya. Satpol PP telah melakukan patroli pada jam sekolah di "
            "sekitar Terminal Mendolo dan menjaring sembilan pelajar yang membolos. Para pelajar "
            "telah didata, diberi pembinaan, dan diserahkan kepada pihak sekolah serta orang tua. "
            "Kami juga mengingatkan pemilik warnet untuk tidak melayani pelajar berseragam pada "
            "jam sekolah."
        ),
        "progress": "Laporan diterima, patroli jam sekolah dijadwalkan pekan ini.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "bppkad",
        "category": "Pajak daerah",
        "title": "SPPT PBB tahun ini belum saya terima",
        "body": (
            "Selamat pagi, SPPT PBB tahun ini untuk rumah dan kebun saya di Desa Candi Selomerto "
            "belum saya terima padahal tetangga sudah. Apakah bisa dicetak di kantor atau dicek "
            "online? Jatuh temponya kapan?"
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2003",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Informasi tagihan PBB-P2 dapat dicek secara daring "
            "melalui laman pajak daerah BPPKAD dengan memasukkan NOP yang tertera pada SPPT tahun "
            "lalu, dan salinan SPPT dapat diminta di loket BPPKAD atau melalui pemerintah desa. "
            "Pembayaran dapat dilakukan di Bank Jateng, kantor pos, atau kanal pembayaran daring "
            "sebelum tanggal jatuh tempo yang tercantum di SPPT. Bila NOP tidak ditemukan, silakan "
            "datang ke loket dengan membawa KTP dan bukti kepemilikan."
        ),
        "progress": "Pertanyaan diterima, petugas sedang mengecek data objek pajak.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bppkad",
        "category": "Pajak daerah",
        "title": "Luas tanah di SPPT PBB salah, pajaknya jadi mahal",
        "body": (
            "Dengan hormat, di SPPT PBB saya tercatat luas tanah 1.200 m2, padahal sesuai "
            "sertipikat hanya 450 m2 karena sebagian sudah dijual dan dipecah tahun lalu. "
            "Akibatnya PBB saya naik jauh. Bagaimana cara mengoreksinya?"
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2020",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Koreksi luas objek pajak dapat diajukan melalui "
            "permohonan pembetulan SPPT di loket BPPKAD dengan melampirkan fotokopi KTP, SPPT, dan "
            "sertipikat tanah terbaru hasil pemecahan. Petugas akan melakukan verifikasi dan, bila "
            "diperlukan, peninjauan lapangan, kemudian menerbitkan SPPT pembetulan. Pastikan "
            "pembeli bagian tanah juga mendaftarkan objek pajaknya agar tidak terjadi tumpang "
            "tindih."
        ),
        "progress": (
            "Laporan diterima Bidang Pendapatan, pelapor akan dihubungi untuk kelengkapan berkas."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "bppkad",
        "category": "Pajak daerah",
        "title": "BPHTB untuk tanah warisan harus bayar berapa?",
        "body": (
            "Kami lima bersaudara mau balik nama sertipikat tanah warisan orang tua di Andongsili. "
            "Notaris bilang harus bayar BPHTB dulu. Apakah waris juga kena BPHTB? Bagaimana "
            "hitungannya?"
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.1005",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Perolehan hak karena waris merupakan objek BPHTB, "
            "namun dikenakan setelah dikurangi Nilai Perolehan Objek Pajak Tidak Kena Pajak "
            "(NPOPTKP) waris sesuai perda, dan dapat diajukan pengurangan. Besaran BPHTB dihitung "
            "dari nilai perolehan atau NJOP dikurangi NPOPTKP lalu dikalikan tarif yang berlaku. "
            "Bapak/Ibu dapat meminta simulasi perhitungan di loket BPPKAD dengan membawa SPPT PBB "
            "dan surat keterangan waris."
        ),
        "progress": "Pertanyaan diteruskan ke petugas pelayanan BPHTB.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "bppkad",
        "category": "Pajak daerah",
        "title": "Warung kopi kecil wajib bayar pajak restoran?",
        "body": (
            "Saya mau buka warung kopi kecil di pinggir jalan Dieng di Tegalsari. Kemarin ada yang "
            "bilang harus daftar pajak restoran dan urus izin usaha dulu. Apa warung kecil juga "
            "wajib? Urusnya ke mana saja?"
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2015",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Pajak makanan dan minuman (PBJT) dikenakan kepada "
            "usaha dengan omzet di atas batas tertentu per bulan sesuai perda, sehingga warung "
            "dengan omzet di bawah batas tersebut tidak wajib memungut pajak. Untuk izin usaha, "
            "Bapak/Ibu cukup membuat NIB secara gratis melalui OSS atau dibantu di DPMPTSP. "
            "Apabila omzet nantinya melebihi batas, silakan mendaftar sebagai wajib pajak di "
            "BPPKAD."
        ),
        "progress": (
            "Pertanyaan diterima dan dikoordinasikan dengan DPMPTSP terkait perizinan usaha."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "bppkad",
        "category": "Informasi publik",
        "title": "Daftar penerima hibah organisasi tahun ini",
        "body": (
            "Dengan hormat, saya memohon informasi daftar penerima hibah dan bantuan sosial dari "
            "APBD Kabupaten Wonosobo tahun anggaran berjalan kepada organisasi kemasyarakatan, "
            "beserta nilai masing-masing. Informasi ini untuk kajian transparansi anggaran oleh "
            "komunitas kami."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1002",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Daftar penerima hibah dan bantuan sosial beserta "
            "nilainya sebagaimana tercantum dalam lampiran Peraturan Bupati tentang Penjabaran "
            "APBD telah kami kirimkan melalui email. Realisasi pencairan per penerima akan "
            "tersedia setelah laporan pertanggungjawaban diterima. Dokumen APBD juga dapat diakses "
            "di laman PPID Kabupaten Wonosobo."
        ),
        "progress": "Permohonan sedang diproses oleh PPID Pelaksana BPPKAD.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "bapperida",
        "category": "Pelayanan desa",
        "title": "Usulan Musrenbang jalan Gambaran tidak pernah terealisasi",
        "body": (
            "Sudah empat tahun berturut-turut usulan perbaikan jalan penghubung Gambaran–Kaliwiro "
            "kami sampaikan di Musrenbang desa dan kecamatan, tapi tidak pernah terealisasi. Kami "
            "jadi bertanya apakah Musrenbang hanya formalitas. Mohon penjelasan dan usulan kami "
            "diprioritaskan."
        ),
        "kecamatan": "33.07.04",
        "desa": "33.07.04.2011",
        "address": "",
        "reply": (
            "Terima kasih atas aspirasinya. Berdasarkan penelusuran di sistem perencanaan, usulan "
            "jalan Gambaran–Kaliwiro tercatat setiap tahun namun belum masuk prioritas karena "
            "keterbatasan pagu dan status ruas yang masih jalan desa. Bapperida telah "
            "mengoordinasikan dengan DPUPR untuk kajian status ruas dan mengusulkan penanganan "
            "melalui bantuan keuangan provinsi. Kami mengundang perwakilan desa hadir dalam forum "
            "perangkat daerah untuk mengawal usulan ini."
        ),
        "progress": (
            "Aspirasi diterima, kami sedang menelusuri riwayat usulan di sistem perencanaan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "bapperida",
        "category": "Informasi publik",
        "title": "Permohonan dokumen RKPD Kabupaten Wonosobo",
        "body": (
            "Dengan hormat, saya mohon salinan dokumen RKPD Kabupaten Wonosobo tahun anggaran yang "
            "akan datang beserta lampiran daftar program dan kegiatan per perangkat daerah. "
            "Dokumen akan kami gunakan untuk penyusunan usulan kegiatan forum anak dan pemuda."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1021",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Dokumen RKPD beserta lampiran program dan kegiatan "
            "per perangkat daerah telah kami kirimkan melalui email dalam format PDF, dan dapat "
            "pula diunduh di laman Bapperida menu Dokumen Perencanaan. Kami menyambut baik "
            "keterlibatan forum anak dan pemuda dalam perencanaan pembangunan."
        ),
        "progress": "Permohonan diterima PPID Pelaksana Bapperida.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "diskominfo",
        "category": "Informasi publik",
        "title": "Hoaks pendaftaran bansos lewat link di grup WA",
        "body": (
            'Di grup WA warga Maduretno beredar pesan "Pendaftaran bantuan 600 ribu dari Pemkab '
            'Wonosobo, klik link ini" dengan logo Pemkab. Beberapa ibu-ibu sudah isi data KTP di '
            "situ. Mohon diklarifikasi apakah benar atau penipuan."
        ),
        "kecamatan": "33.07.07",
        "desa": "33.07.07.2013",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Pesan tersebut dipastikan hoaks, karena Pemkab Wonosobo "
            "tidak pernah membuka pendaftaran bantuan melalui tautan di media sosial atau "
            "WhatsApp. Klarifikasi telah kami unggah di website dan media sosial resmi Pemkab, dan "
            "tautan tersebut telah dilaporkan ke Komdigi untuk pemblokiran. Warga yang sudah "
            "mengisi data sebaiknya mewaspadai penipuan lanjutan dan dapat melapor ke Polres "
            "Wonosobo bila mengalami kerugian."
        ),
        "progress": "Kami sedang memverifikasi pesan tersebut dan berkoordinasi dengan Dinsos PMD.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "diskominfo",
        "category": "Informasi publik",
        "title": "Wifi publik di balai desa Kaliwuluh mati sebulan",
        "body": (
            "wifi gratis di balai desa kaliwuluh udh sebulan gk bisa konek, anak2 biasanya "
            "ngerjain tugas disitu. kata perangkat desa udah lapor tp blm ada yg dateng. mohon "
            "dicek nggih"
        ),
        "kecamatan": "33.07.02",
        "desa": "33.07.02.2017",
        "address": "Balai Desa Kaliwuluh",
        "reply": (
            "Terima kasih atas laporannya. Teknisi Diskominfo telah mengganti perangkat akses poin "
            "yang rusak akibat lonjakan listrik, dan layanan wifi publik di Balai Desa Kaliwuluh "
            "sudah dapat digunakan kembali. Kami menyarankan pemerintah desa memasang stabilizer "
            "agar perangkat lebih awet. Gangguan wifi publik dapat dilaporkan ke (0286) 321345."
        ),
        "progress": "Laporan diteruskan ke teknisi jaringan untuk pengecekan perangkat.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "diskominfo",
        "category": "Informasi publik",
        "title": "Kalialang masih blank spot, susah sinyal",
        "body": (
            "Dengan hormat, di Desa Kalialang Kalibawang hampir tidak ada sinyal seluler. Untuk "
            "telepon saja warga harus naik ke bukit. Anak sekolah kesulitan belajar daring dan "
            "warga susah mengakses layanan online. Kami mohon diusulkan pembangunan BTS."
        ),
        "kecamatan": "33.07.15",
        "desa": "33.07.15.2008",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. Desa Kalialang telah kami masukkan dalam daftar usulan "
            "penanganan wilayah blank spot yang disampaikan ke Komdigi dan BAKTI, serta kami "
            "tawarkan kepada operator seluler. Sambil menunggu, Diskominfo akan menjajaki "
            "pemasangan akses internet satelit di balai desa. Dukungan desa berupa kesiapan lahan "
            "akan mempercepat proses bila usulan disetujui."
        ),
        "progress": "Usulan diterima dan dicatat dalam pendataan wilayah blank spot.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "diskominfo",
        "category": "Informasi publik",
        "title": "Minta daftar informasi publik dan SOP permohonan informasi",
        "body": (
            "Selamat siang, saya mahasiswa yang sedang meneliti keterbukaan informasi di daerah. "
            "Mohon dikirimkan Daftar Informasi Publik (DIP) Pemkab Wonosobo terbaru serta SOP "
            "pelayanan permohonan informasi dan keberatan di PPID Utama."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1010",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Daftar Informasi Publik Pemkab Wonosobo terbaru dan "
            "SOP pelayanan permohonan informasi serta pengajuan keberatan telah kami kirimkan "
            "melalui email, dan dapat diakses di laman PPID Kabupaten Wonosobo. Sesuai UU KIP, "
            "permohonan informasi dijawab paling lambat 10 hari kerja dan dapat diperpanjang 7 "
            "hari kerja dengan pemberitahuan tertulis."
        ),
        "progress": "Permohonan diterima PPID Utama dan sedang diproses.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "diskominfo",
        "category": "Informasi publik",
        "title": "Aplikasi layanan Pemkab tidak bisa dibuka",
        "body": (
            "Sudah tiga hari aplikasi layanan online Pemkab tidak bisa dibuka, muncul tulisan "
            "server error terus. Saya mau cek status pengajuan surat. Apakah sedang ada perbaikan?"
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.1009",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Gangguan terjadi karena pemeliharaan server di pusat "
            "data Diskominfo dan layanan telah pulih sejak Kamis pukul 10.00. Kami mohon maaf atas "
            "ketidaknyamanannya. Jika masih mengalami kendala, silakan bersihkan cache aplikasi "
            "atau hubungi layanan bantuan di (0286) 321345."
        ),
        "progress": "Laporan diteruskan ke tim pengelola pusat data untuk pengecekan server.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "kec-wonosobo",
        "category": "Kebersihan dan sampah",
        "title": "Alun-alun kotor setiap habis malam Minggu",
        "body": (
            "Setiap Minggu pagi Alun-alun Wonosobo penuh sampah plastik dan sisa makanan setelah "
            "ramai malam Minggu. Tempat sampah sedikit dan selalu penuh. Padahal Minggu pagi "
            "banyak keluarga olahraga di sana. Mohon ditambah tempat sampah dan petugas."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1021",
        "address": "Alun-alun Wonosobo",
        "reply": (
            "Terima kasih atas laporannya. Kecamatan Wonosobo telah berkoordinasi dengan DLH untuk "
            "menambah enam unit tempat sampah terpilah dan petugas kebersihan yang bertugas pukul "
            "05.00 setiap Minggu pagi. Kami juga mengimbau paguyuban pedagang alun-alun untuk "
            "menyediakan kantong sampah di setiap lapak. Mari bersama menjaga kebersihan alun-alun "
            "kebanggaan kita."
        ),
        "progress": "Laporan diterima, kecamatan berkoordinasi dengan DLH dan paguyuban pedagang.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "kec-wonosobo",
        "category": "Ketertiban umum",
        "title": "Rekomendasi izin keramaian untuk hajatan",
        "body": (
            "Mau tanya, saya mau hajatan nikahan anak di Rojoimo pakai tenda yang makan sebagian "
            "jalan kampung dan ada hiburan organ tunggal. Apakah perlu izin keramaian? Urusnya di "
            "kecamatan atau langsung ke polsek?"
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1009",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Untuk hajatan yang menggunakan sebagian jalan dan "
            "menghadirkan hiburan, Bapak/Ibu perlu surat pengantar dari RT/RW dan kelurahan, "
            "kemudian rekomendasi dari Kecamatan Wonosobo melalui layanan PATEN, lalu izin "
            "keramaian diajukan ke Polsek atau Polres. Mohon diajukan paling lambat tujuh hari "
            "sebelum acara, dan pastikan tetap tersedia jalur untuk kendaraan darurat."
        ),
        "progress": "Pertanyaan diterima petugas PATEN Kecamatan Wonosobo.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "kec-kertek",
        "category": "Lalu lintas dan transportasi",
        "title": "Macet parah di Pasar Kertek tiap pagi",
        "body": (
            "tiap pagi hari pasaran jalan di depan pasar kertek macet parah, angkot ngetem "
            "sembarangan, pick up bongkar muat di badan jalan. yg mau ke wonosobo atau temanggung "
            "jd kejebak setengah jam. tolong diatur"
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.1008",
        "address": "Sekitar Pasar Kertek",
        "reply": (
            "Terima kasih atas laporannya. Kecamatan Kertek telah memfasilitasi rapat koordinasi "
            "dengan Disperkimhub, Polsek Kertek, dan UPT Pasar, dan disepakati bongkar muat hanya "
            "pukul 03.00–06.00 di sisi belakang pasar serta angkutan dilarang mengetem di depan "
            "pasar. Petugas gabungan akan berjaga setiap hari pasaran mulai pekan depan. Kami akan "
            "mengevaluasi hasilnya dalam satu bulan."
        ),
        "progress": (
            "Kecamatan Kertek mengoordinasikan penanganan bersama Disperkimhub, Satlantas, dan UPT "
            "Pasar."
        ),
        "reporter_followup": (
            "Sudah ada petugas jaga, lumayan lancar. Tapi pick up masih ada yang bongkar jam 7."
        ),
    },
    {
        "kind": "pengaduan",
        "agency": "kec-kejajar",
        "category": "Kebersihan dan sampah",
        "title": "Sampah wisatawan menumpuk di jalur Dieng",
        "body": (
            "Setiap habis libur panjang, sepanjang jalur Dieng dari Tambi sampai Dieng banyak "
            "sampah plastik dibuang wisatawan dari mobil, di parit dan kebun teh. Warga sudah "
            "kerja bakti tapi terus berulang. Mohon ada tempat sampah dan himbauan di titik-titik "
            "istirahat."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2005",
        "address": "Jalur Dieng sekitar Tambi",
        "reply": (
            "Terima kasih atas laporannya. Kecamatan Kejajar bersama desa-desa di jalur Dieng, "
            "DLH, dan Disparbud telah menambah tempat sampah di titik istirahat dan memasang "
            "spanduk imbauan serta ancaman sanksi membuang sampah sembarangan. Saat libur panjang, "
            "kami juga akan menugaskan relawan kebersihan dan membagikan kantong sampah kepada "
            "wisatawan di pintu masuk kawasan."
        ),
        "progress": "Laporan diterima dan dibahas bersama desa-desa di jalur Dieng.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "kec-kejajar",
        "category": "Pertanian",
        "title": "Bantuan untuk petani terdampak embun upas",
        "body": (
            "Kemarin embun upas parah di Patakbanteng, kentang dan kubis banyak yang gosong. "
            "Apakah ada bantuan dari pemerintah untuk petani yang terdampak? Pendataannya lewat "
            "siapa?"
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2014",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Pendataan lahan terdampak embun upas dilakukan oleh "
            "pemerintah desa bersama penyuluh BPP Kejajar, kemudian direkap kecamatan dan "
            "diusulkan ke Dispaperkan untuk bantuan benih atau sarana produksi sesuai ketersediaan "
            "anggaran. Silakan segera melapor ke perangkat desa atau kelompok tani dengan "
            "menyebutkan luas lahan dan jenis tanaman yang rusak. Petani juga kami dorong "
            "mengikuti asuransi usaha tani."
        ),
        "progress": (
            "Pertanyaan diterima, kecamatan sedang merekap laporan lahan terdampak dari desa."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "kec-garung",
        "category": "Jalan dan jembatan",
        "title": "Jalan antardesa Sendangsari–Kayugiyang perlu diperbaiki",
        "body": (
            "Kami warga Sendangsari mengusulkan perbaikan jalan antardesa menuju Kayugiyang. "
            "Jalannya sempit, menanjak, dan sebagian masih makadam. Padahal itu jalur utama "
            "pengangkutan sayur ke pasar. Saat hujan truk sering selip. Mohon dikoordinasikan "
            "dengan dinas terkait."
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2003",
        "address": "Jalan antardesa Sendangsari–Kayugiyang",
        "reply": (
            "Terima kasih atas usulannya. Kecamatan Garung telah meninjau ruas tersebut bersama "
            "kedua pemerintah desa, dan usulan perbaikan akan dimasukkan sebagai prioritas dalam "
            "Musrenbang kecamatan untuk diteruskan ke DPUPR. Sambil menunggu, kami mendorong kedua "
            "desa menganggarkan perbaikan titik kritis melalui Dana Desa secara bersama."
        ),
        "progress": "Usulan diterima, peninjauan lokasi dijadwalkan bersama kedua pemerintah desa.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "kec-garung",
        "category": "Pariwisata",
        "title": "Jalan lingkar Telaga Menjer gelap dan sempit",
        "body": (
            "Jalan sekitar Telaga Menjer kalau malam gelap sekali dan pinggirnya langsung jurang "
            "tanpa pagar pengaman. Banyak wisatawan yang pulang malam dari camping. Minggu lalu "
            "ada motor terperosok. Mohon ada pagar dan lampu."
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2011",
        "address": "Jalan lingkar Telaga Menjer",
        "reply": (
            "Terima kasih atas laporannya. Kecamatan Garung telah meninjau lokasi bersama "
            "Disperkimhub, DPUPR, dan Pemerintah Desa Menjer. Pemasangan rambu dan delineator "
            "telah dilakukan, sementara pagar pengaman dan lampu penerangan di titik rawan "
            "diusulkan dalam anggaran perubahan. Kami mengimbau wisatawan berhati-hati saat "
            "melintas pada malam hari."
        ),
        "progress": "Kecamatan meneruskan laporan ke Disperkimhub dan DPUPR untuk peninjauan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "kec-sapuran",
        "category": "Administrasi kependudukan",
        "title": "Pelayanan surat di Kecamatan Sapuran lambat",
        "body": (
            "Saya mengurus legalisir dan rekomendasi di kantor Kecamatan Sapuran sejak jam 8, tapi "
            "petugasnya baru datang jam 9 lebih dan antre lama. Hari sebelumnya disuruh kembali "
            "karena camat sedang rapat. Mohon pelayanan lebih tepat waktu."
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.1008",
        "address": "Kantor Kecamatan Sapuran",
        "reply": (
            "Terima kasih atas masukannya dan mohon maaf atas ketidaknyamanan yang dialami. "
            "Kecamatan Sapuran telah melakukan evaluasi disiplin petugas PATEN, dan mulai pekan "
            "ini loket dibuka tepat pukul 07.30. Untuk dokumen yang memerlukan tanda tangan camat "
            "saat camat berhalangan, kewenangan telah dilimpahkan kepada sekretaris camat agar "
            "warga tidak perlu kembali."
        ),
        "progress": "Keluhan diterima dan disampaikan kepada Camat untuk evaluasi pelayanan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "kel-wonosobo-timur",
        "category": "Kebersihan dan sampah",
        "title": "Saluran gang RT 02 RW 05 mampet dan bau",
        "body": (
            "Saluran air di gang RT 02 RW 05 Wonosobo Timur mampet, airnya hitam dan bau. Kalau "
            "hujan meluber ke teras rumah. Sepertinya ada yang buang sampah dan minyak jelantah ke "
            "saluran. Mohon dibantu pembersihan dan himbauan ke warga."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1021",
        "address": "Gang Kenari RT 02 RW 05",
        "reply": (
            "Terima kasih atas laporannya. Kelurahan Wonosobo Timur bersama Ketua RT 02 RW 05 dan "
            "petugas kebersihan telah melakukan kerja bakti membersihkan saluran pada hari Minggu, "
            "serta memasang saringan sampah di beberapa titik. Kami juga telah menyampaikan "
            "imbauan agar warga tidak membuang sampah dan minyak jelantah ke saluran. Minyak "
            "jelantah dapat disetorkan ke bank sampah kelurahan."
        ),
        "progress": "Laporan diterima, kelurahan berkoordinasi dengan Ketua RT 02 RW 05.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "kel-wonosobo-timur",
        "category": "Administrasi kependudukan",
        "title": "Surat domisili untuk anak kos",
        "body": (
            "Saya mahasiswa dari luar kota, kos di Wonosobo Timur. Untuk daftar magang diminta "
            "surat keterangan domisili. Bagaimana cara mengurusnya di kelurahan? Apa harus bawa "
            "surat dari ibu kos?"
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1021",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Surat keterangan domisili dapat diurus di Kantor "
            "Kelurahan Wonosobo Timur dengan membawa fotokopi KTP, surat pengantar dari Ketua RT "
            "tempat Saudara tinggal, dan surat keterangan dari pemilik kos. Layanan ini tidak "
            "dipungut biaya dan dapat selesai pada hari yang sama."
        ),
        "progress": "Pertanyaan diterima petugas pelayanan kelurahan.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "desa-pagerejo",
        "category": "Informasi publik",
        "title": "Minta salinan APBDes Pagerejo tahun ini",
        "body": (
            "Dengan hormat, saya warga Desa Pagerejo memohon salinan APBDes tahun berjalan beserta "
            "rincian kegiatan yang dibiayai Dana Desa. Papan informasi APBDes di balai desa sudah "
            "pudar dan tidak terbaca. Terima kasih."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2016",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Salinan Peraturan Desa tentang APBDes Pagerejo tahun "
            "berjalan beserta rincian kegiatan Dana Desa dapat diambil di balai desa pada jam "
            "kerja dan telah kami kirimkan juga melalui WhatsApp. Papan informasi APBDes yang baru "
            "akan dipasang di depan balai desa dan di tiap dusun minggu ini."
        ),
        "progress": "Permohonan diterima, salinan APBDes sedang disiapkan sekretaris desa.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "desa-pagerejo",
        "category": "Penerangan jalan",
        "title": "Lampu jalan dusun di Pagerejo mati semua",
        "body": (
            "lampu jalan di dusun pagerejo kidul mati semua dr pertigaan masjid smp makam, udh 2 "
            "minggu. kata pak RT itu lampu desa bukan lampu pemda. mohon dibenahi nggih pak kades, "
            "jalan e peteng banget"
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2016",
        "address": "Dusun Pagerejo Kidul",
        "reply": (
            "Terima kasih atas laporannya. Pemerintah Desa Pagerejo telah mengganti delapan lampu "
            "jalan dusun yang mati dan memperbaiki sambungan kabel yang putus pada hari Rabu. "
            "Lampu jalan dusun dibiayai dari Dana Desa, sedangkan PJU di jalan kabupaten menjadi "
            "kewenangan Disperkimhub. Bila ada lampu dusun yang kembali mati, silakan lapor ke "
            "kepala dusun."
        ),
        "progress": "Laporan diterima, kepala dusun akan mengecek lampu dan kabel hari ini.",
        "reporter_followup": "Sudah terang lagi, matur nuwun pak.",
    },
    {
        "kind": "pengaduan",
        "agency": "desa-dieng",
        "category": "Pariwisata",
        "title": "Parkir mobil di Dieng ditarik 20 ribu",
        "body": (
            "Kemarin parkir mobil di lahan parkir dekat Telaga Warna ditarik 20 ribu, karcisnya "
            "tulisan tangan. Setahu saya tarif resmi tidak segitu. Kami wisatawan jadi merasa "
            "dipalak. Mohon dicek siapa pengelolanya."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2013",
        "address": "Lapangan parkir dekat Telaga Warna",
        "reply": (
            "Terima kasih atas laporan dan kunjungannya. Pemerintah Desa Dieng telah mengecek "
            "lahan parkir tersebut dan memastikan pengelolaannya oleh perorangan di luar "
            "pengelolaan desa. Tarif parkir resmi di lahan parkir BUMDes adalah Rp10.000 untuk "
            "mobil dengan karcis bernomor seri. Kami telah menertibkan pengelola parkir tersebut "
            "bersama Kecamatan Kejajar dan memasang papan tarif resmi."
        ),
        "progress": (
            "Laporan diterima, pemerintah desa sedang mengecek pengelola lahan parkir tersebut."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "desa-dieng",
        "category": "Pertanian",
        "title": "Jalan usaha tani di Dieng rusak, truk kentang susah lewat",
        "body": (
            "Jalan usaha tani ke ladang di Dieng bagian atas rusak berat, batunya lepas dan becek "
            "kalau hujan. Truk angkut kentang sering selip dan petani harus bayar ongkos pikul "
            "tambahan. Mohon dianggarkan perbaikan dari Dana Desa."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2013",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Pemerintah Desa Dieng telah menganggarkan pengerasan "
            "jalan usaha tani sepanjang 300 meter pada APBDes perubahan dan pekerjaan akan "
            "dilaksanakan secara swakelola bulan depan. Kami mengajak kelompok tani pemilik lahan "
            "di sekitar jalan untuk ikut gotong royong dalam pekerjaan tersebut."
        ),
        "progress": "Laporan diterima dan akan dibahas dalam rapat perubahan APBDes.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "desa-sembungan",
        "category": "Pariwisata",
        "title": "Macet total ke Sikunir subuh-subuh",
        "body": (
            "hari minggu kemarin jam 3 subuh udh macet total dr gapura sembungan smp parkiran "
            "sikunir. banyak mobil parkir di bahu jalan, gk ada petugas yg ngatur. akhirnya gk "
            "keburu liat sunrise. tolong diatur lagi sistem parkirnya"
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2003",
        "address": "Jalan masuk Bukit Sikunir",
        "reply": (
            "Terima kasih atas masukannya. Pemerintah Desa Sembungan bersama pengelola wisata dan "
            "Polsek Kejajar kini memberlakukan sistem kantong parkir di bawah desa dengan angkutan "
            "ojek wisata ke area Sikunir saat akhir pekan dan libur panjang. Petugas pengatur lalu "
            "lintas akan berjaga mulai pukul 02.30. Kami menyarankan wisatawan datang lebih awal "
            "dan mengikuti arahan petugas."
        ),
        "progress": "Masukan diterima dan dibahas bersama pengelola wisata dan Polsek Kejajar.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "desa-sembungan",
        "category": "Air bersih",
        "title": "Air bersih dusun mati, pipa dari mata air putus",
        "body": (
            "Nyuwun sewu pak, banyu ing dusun kami mati sejak tiga hari, pipa dari mata air putus "
            "kena longsoran kecil. Warga ngangsu ke telaga. Mohon dibantu perbaikan pipanya, kami "
            "siap gotong royong."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2003",
        "address": "Dusun Sembungan Atas",
        "reply": (
            "Terima kasih atas laporannya. Pemerintah Desa Sembungan bersama pengurus air bersih "
            "dusun dan warga telah menyambung kembali pipa yang putus dan memasang pipa baru "
            "sepanjang 40 meter melalui jalur yang lebih aman. Aliran air ke dusun telah normal "
            "sejak Sabtu sore. Matur nuwun atas gotong royong warga."
        ),
        "progress": (
            "Laporan diterima, pengurus air bersih dusun sedang menelusuri titik pipa yang putus."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "desa-kayugiyang",
        "category": "Bencana",
        "title": "Longsor kecil tutup saluran air dusun",
        "body": (
            "Longsor kecil di tebing belakang RT 03 Kayugiyang menutup saluran air, airnya "
            "sekarang meluber ke jalan dusun dan masuk ke pekarangan warga. Mohon pemerintah desa "
            "mengerahkan warga untuk kerja bakti dan memperbaiki saluran."
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2004",
        "address": "Dusun Kayugiyang, RT 03",
        "reply": (
            "Terima kasih atas laporannya. Pemerintah Desa Kayugiyang bersama warga RT 03 telah "
            "membersihkan material longsor dan membuka kembali saluran air pada hari Minggu. "
            "Perbaikan talud saluran akan dianggarkan melalui Dana Desa, dan desa telah melaporkan "
            "kejadian ini ke BPBD melalui Kecamatan Garung untuk kajian tebing."
        ),
        "progress": "Laporan diterima, kerja bakti warga RT 03 dijadwalkan hari Minggu.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "desa-kayugiyang",
        "category": "Informasi publik",
        "title": "Daftar penerima BLT Dana Desa Kayugiyang",
        "body": (
            "Mohon informasi daftar nama penerima BLT Dana Desa Kayugiyang tahun ini. Kami ingin "
            "memastikan yang menerima benar-benar warga yang membutuhkan. Apakah daftar ini boleh "
            "diminta warga?"
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2004",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Daftar penerima BLT Dana Desa Kayugiyang merupakan "
            "informasi yang dapat diakses publik dan telah ditempel di balai desa serta setiap "
            "dusun, berisi nama dan dusun penerima tanpa NIK. Salinannya juga kami kirimkan "
            "melalui WhatsApp Bapak/Ibu. Apabila ada penerima yang dinilai tidak layak, silakan "
            "menyampaikan keberatan dalam musyawarah desa khusus."
        ),
        "progress": "Permohonan diterima, salinan daftar sedang disiapkan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "polres-wonosobo",
        "category": "Keamanan dan kriminalitas",
        "title": "Motor hilang di parkiran kos Kalibeber",
        "body": (
            "Motor saya Honda Beat hitam hilang di parkiran kos dekat kampus di Kalibeber tadi "
            "malam antara jam 1 sampai jam 5 pagi. Kunci sudah pakai kunci ganda. Di kos ini sudah "
            "dua kali kejadian dalam sebulan. Saya sudah lapor ke polsek, tapi mohon patroli malam "
            "ditingkatkan."
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.1009",
        "address": "Parkiran kos dekat kampus, Kalibeber",
        "reply": (
            "Terima kasih atas laporannya. Laporan polisi atas kehilangan sepeda motor Saudara "
            "telah diterima di Polsek Mojotengah dan sedang dalam penyelidikan Unit Reskrim, "
            "termasuk pemeriksaan rekaman CCTV di sekitar lokasi. Patroli malam di kawasan indekos "
            "Kalibeber telah ditingkatkan, dan kami mengimbau pemilik kos memasang penerangan dan "
            "CCTV. Perkembangan penyelidikan dapat ditanyakan ke Unit Reskrim Polsek Mojotengah."
        ),
        "progress": (
            "Laporan telah diteruskan ke Satreskrim dan Polsek Mojotengah untuk penyelidikan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "polres-wonosobo",
        "category": "Keamanan dan kriminalitas",
        "title": "Ditipu jual beli HP online, uang sudah transfer",
        "body": (
            "Saya beli HP lewat marketplace Facebook, sudah transfer 2,3 juta ke rekening penjual, "
            "tapi barang tidak dikirim dan nomornya langsung memblokir saya. Nomor penjual "
            "0896-5512-0734. Mohon dibantu, uang itu tabungan saya."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.1001",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Laporan dugaan penipuan daring Saudara telah diterima "
            "di SPKT Polres Wonosobo dan ditangani Unit Siber Satreskrim, termasuk permintaan "
            "pemblokiran rekening penampung kepada bank. Kami mengimbau masyarakat hanya "
            "bertransaksi melalui fitur rekening bersama di marketplace dan memeriksa nomor "
            "rekening penjual di laman cekrekening.id sebelum mentransfer."
        ),
        "progress": (
            "Pelapor diarahkan membuat laporan resmi di SPKT dengan membawa bukti transfer dan "
            "tangkapan layar percakapan."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "polres-wonosobo",
        "category": "Lalu lintas dan transportasi",
        "title": "Balap liar dan knalpot brong tiap malam Minggu",
        "body": (
            "tiap malem minggu jl kalibeber arah mudal jd arena balap liar, knalpot brong bunyinya "
            "smp jam 3 pagi. warga gk bisa tidur, bayi pd nangis. pernah ada yg jatuh nabrak pagar "
            "rumah. mohon polisi patroli"
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.1004",
        "address": "Jl. Kalibeber–Mudal",
        "reply": (
            "Terima kasih atas laporannya. Satlantas Polres Wonosobo bersama Polsek Mojotengah "
            "telah melaksanakan patroli dan penindakan pada Sabtu malam, mengamankan 14 sepeda "
            "motor berknalpot tidak standar untuk diganti dengan knalpot standar sebelum "
            "dikembalikan. Patroli akan dilakukan rutin setiap akhir pekan, dan warga dapat "
            "melapor melalui layanan 110 bila aksi balap liar kembali terjadi."
        ),
        "progress": "Laporan diterima dan diteruskan ke Satlantas serta Polsek Mojotengah.",
        "reporter_followup": "Sudah ada patroli, dua minggu ini sepi. Terima kasih pak polisi.",
    },
    {
        "kind": "pertanyaan",
        "agency": "polres-wonosobo",
        "category": "Keamanan dan kriminalitas",
        "title": "Syarat bikin SKCK untuk lamar kerja",
        "body": (
            "Selamat siang, saya mau bikin SKCK untuk lamar kerja di pabrik. Syaratnya apa saja "
            "dan bisa di polsek Kaliwiro atau harus ke Polres? Bisa daftar online dulu?"
        ),
        "kecamatan": "33.07.04",
        "desa": "33.07.04.2019",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. SKCK untuk keperluan melamar kerja dalam wilayah "
            "kabupaten dapat diurus di Polsek Kaliwiro, sedangkan untuk keperluan tertentu seperti "
            "CPNS atau ke luar kota dapat diurus di Polres Wonosobo. Persyaratannya antara lain "
            "fotokopi KTP, KK, akta kelahiran, pasfoto 4x6 latar merah, dan sidik jari, serta "
            "dapat didaftarkan lebih dulu melalui aplikasi SuperApp Presisi Polri. Biaya "
            "penerbitan sesuai PNBP yang berlaku."
        ),
        "progress": "Pertanyaan diterima bagian pelayanan SKCK Satintelkam.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "polres-wonosobo",
        "category": "Keamanan dan kriminalitas",
        "title": "Judi online di pos ronda Sawangan",
        "body": (
            "Saya tidak mau disebut nama. Di Desa Sawangan beberapa pemuda tiap malam kumpul di "
            "pos ronda main judi online pakai HP, sampai ada yang jual motor orang tuanya untuk "
            "deposit. Ada juga yang ngajak anak SMP. Mohon ditindak dan dibina."
        ),
        "kecamatan": "33.07.05",
        "desa": "33.07.05.2001",
        "address": "",
        "reply": (
            "Terima kasih atas laporan dan kepeduliannya, identitas pelapor kami rahasiakan. "
            "Polsek Leksono bersama Bhabinkamtibmas dan Babinsa telah melakukan penyelidikan dan "
            "pembinaan terhadap para pemuda tersebut, serta sosialisasi bahaya judi online bersama "
            "pemerintah desa. Laporan situs dan akun yang digunakan telah diteruskan ke Komdigi "
            "untuk pemblokiran."
        ),
        "progress": "Laporan diterima secara rahasia dan diteruskan ke Polsek Leksono.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "polres-wonosobo",
        "category": "Lalu lintas dan transportasi",
        "title": "Usul rekayasa lalu lintas jalur Dieng saat libur panjang",
        "body": (
            "Setiap libur panjang jalur Wonosobo–Dieng macet parah dari Garung sampai Dieng, bisa "
            "4 jam. Warga lokal yang mau ke ladang atau ke rumah sakit juga ikut terjebak. Kami "
            "mengusulkan rekayasa lalu lintas, misalnya sistem buka tutup dan kantong parkir di "
            "bawah, serta jalur prioritas untuk ambulans."
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.1005",
        "address": "Jalur Wonosobo–Dieng",
        "reply": (
            "Terima kasih atas usulannya. Satlantas Polres Wonosobo bersama Disperkimhub dan "
            "Disparbud telah menyiapkan rencana operasi libur panjang jalur Dieng, meliputi sistem "
            "buka tutup di titik tanjakan, kantong parkir di Garung dan Kejajar, serta jalur "
            "prioritas untuk ambulans dan warga lokal. Informasi situasi arus lalu lintas akan "
            "disampaikan melalui media sosial Polres Wonosobo."
        ),
        "progress": "Usulan diterima Satlantas sebagai bahan rencana operasi libur panjang.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "kodim-0707",
        "category": "Jalan dan jembatan",
        "title": "Usul TMMD untuk jalan tembus Kalikarung",
        "body": (
            "Dengan hormat, kami masyarakat Desa Kalikarung Kalibawang mengusulkan program TMMD "
            "untuk membuka jalan tembus ke dusun terpencil kami. Saat ini akses hanya jalan "
            "setapak, hasil panen harus dipikul. Kami siap bergotong royong bersama bapak-bapak "
            "TNI."
        ),
        "kecamatan": "33.07.15",
        "desa": "33.07.15.2002",
        "address": "",
        "reply": (
            "Terima kasih atas usulan dan semangat gotong royong masyarakat Kalikarung. Usulan "
            "telah kami catat dan akan dibahas bersama Pemkab Wonosobo dalam penentuan lokasi TMMD "
            "periode berikutnya, dengan mempertimbangkan kesiapan lahan dan dukungan anggaran "
            "daerah. Babinsa Desa Kalikarung akan berkoordinasi dengan pemerintah desa untuk "
            "menyiapkan proposal dan data pendukung."
        ),
        "progress": "Usulan diterima dan diteruskan ke Staf Teritorial Kodim.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "kodim-0707",
        "category": "Ketenagakerjaan",
        "title": "Pendaftaran prajurit TNI AD kapan dibuka?",
        "body": (
            "Selamat malam, saya lulusan SMA tahun ini ingin daftar tamtama TNI AD. Kapan "
            "pendaftaran dibuka dan di mana daftarnya? Apakah ada biaya? Saya dengar ada yang "
            "minta uang agar bisa lolos."
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2021",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Informasi resmi jadwal penerimaan prajurit TNI AD "
            "diumumkan di laman rekrutmen-tni.mil.id, dan pendaftaran awal dapat dilakukan daring "
            "kemudian melapor ke Kodim 0707/Wonosobo. Seluruh proses seleksi tidak dipungut biaya, "
            "sehingga tawaran meloloskan dengan imbalan uang adalah penipuan dan mohon dilaporkan "
            "kepada kami. Saudara juga dapat berkonsultasi langsung dengan petugas di Makodim Jl. "
            "Sumbing No. 4."
        ),
        "progress": "Pertanyaan diterima petugas penerangan rekrutmen Kodim.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "kejari-wonosobo",
        "category": "Pelayanan desa",
        "title": "Dugaan penyelewengan Dana Desa untuk jalan",
        "body": (
            "Dengan hormat, di desa kami Warangan ada proyek rabat beton jalan dari Dana Desa yang "
            "di papan proyek tertulis panjang 500 meter, tetapi kenyataannya hanya sekitar 300 "
            "meter dan ketebalannya tipis. Warga sudah bertanya di musyawarah desa tapi tidak "
            "mendapat jawaban jelas. Mohon diperiksa."
        ),
        "kecamatan": "33.07.02",
        "desa": "33.07.02.2019",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Kejaksaan Negeri Wonosobo telah melakukan telaahan dan "
            "berkoordinasi dengan Inspektorat Kabupaten yang akan melakukan audit fisik dan "
            "administrasi atas kegiatan tersebut. Apabila hasil audit menunjukkan adanya kerugian "
            "negara, penanganan akan dilanjutkan sesuai ketentuan hukum. Identitas pelapor kami "
            "lindungi."
        ),
        "progress": (
            "Laporan diterima Seksi Intelijen dan akan dilakukan telaahan bersama Inspektorat."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "kejari-wonosobo",
        "category": "Lalu lintas dan transportasi",
        "title": "Ambil STNK tilang di mana?",
        "body": (
            "STNK saya ditahan waktu kena tilang operasi di Kalikajar minggu lalu. Katanya ambil "
            "di kejaksaan setelah sidang. Bayarnya berapa dan jam berapa bisa diambil?"
        ),
        "kecamatan": "33.07.07",
        "desa": "33.07.07.2008",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Besaran denda tilang dapat dicek di laman tilang "
            "Kejaksaan RI dengan memasukkan nomor register tilang setelah putusan sidang, kemudian "
            "denda dibayar melalui bank atau kanal pembayaran yang tersedia. Setelah membayar, "
            "barang bukti STNK dapat diambil di loket PTSP Kejari Wonosobo pada jam kerja dengan "
            "membawa bukti pembayaran, surat tilang, dan KTP."
        ),
        "progress": "Pertanyaan diterima petugas PTSP Kejari Wonosobo.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "kemenag-wonosobo",
        "category": "Keagamaan",
        "title": "Syarat daftar nikah di KUA Sukoharjo",
        "body": (
            "Assalamualaikum, saya dan calon istri mau menikah 3 bulan lagi. Syarat daftar nikah "
            "di KUA Sukoharjo apa saja? Kalau nikahnya di rumah bayar berapa? Calon istri saya "
            "dari luar kabupaten."
        ),
        "kecamatan": "33.07.14",
        "desa": "33.07.14.2003",
        "address": "",
        "reply": (
            "Waalaikumsalam, terima kasih atas pertanyaannya. Pendaftaran nikah dapat dilakukan "
            "melalui aplikasi SIMKAH atau datang ke KUA Kecamatan Sukoharjo paling lambat 10 hari "
            "kerja sebelum akad, dengan membawa surat pengantar nikah dari desa, KTP, KK, akta "
            "kelahiran, pasfoto, dan surat rekomendasi nikah dari KUA asal calon istri. Nikah di "
            "KUA pada jam kerja tidak dipungut biaya, sedangkan nikah di luar KUA dikenakan PNBP "
            "Rp600.000 yang dibayar melalui bank. Calon pengantin juga wajib mengikuti bimbingan "
            "perkawinan."
        ),
        "progress": "Pertanyaan diteruskan ke KUA Kecamatan Sukoharjo.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "kemenag-wonosobo",
        "category": "Keagamaan",
        "title": "Travel umrah belum berangkatkan jemaah padahal sudah lunas",
        "body": (
            "Dengan hormat, saya dan 12 jemaah dari Wonoroto Watumalang sudah melunasi biaya umrah "
            "ke sebuah travel sejak delapan bulan lalu, tetapi keberangkatan terus ditunda tanpa "
            "kepastian. Kantor cabangnya di Wonosobo sekarang tutup. Mohon bantuan Kemenag."
        ),
        "kecamatan": "33.07.10",
        "desa": "33.07.10.1010",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Hasil pengecekan menunjukkan travel tersebut tidak "
            "terdaftar sebagai PPIU resmi dan kantor di Wonosobo hanya berstatus agen. Kemenag "
            "Wonosobo telah memfasilitasi pertemuan jemaah dengan pihak travel dan melaporkan "
            "kasus ini ke Kanwil Kemenag Jawa Tengah; jemaah juga kami sarankan melapor ke Polres "
            "Wonosobo. Sebelum mendaftar umrah, pastikan izin travel melalui aplikasi Umrah "
            "Cerdas."
        ),
        "progress": (
            "Pengaduan diteruskan ke Seksi Penyelenggaraan Haji dan Umrah untuk pengecekan izin "
            "travel."
        ),
        "reporter_followup": "Sudah lapor polisi bersama-sama. Semoga uang kami kembali.",
    },
    {
        "kind": "pengaduan",
        "agency": "kemenag-wonosobo",
        "category": "Pendidikan",
        "title": "Tunjangan guru MI belum cair tiga bulan",
        "body": (
            "Saya guru di MI swasta di Kalimendong Leksono. Tunjangan profesi dan insentif guru "
            "non-PNS sudah tiga bulan belum cair, padahal guru di SD sudah. Kepala madrasah bilang "
            "masih menunggu dari Kemenag. Mohon kepastiannya."
        ),
        "kecamatan": "33.07.05",
        "desa": "33.07.05.2010",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Pencairan tunjangan profesi guru madrasah triwulan ini "
            "tertunda karena proses validasi data di SIMPATIKA, dan pembayaran telah dilakukan ke "
            "rekening guru yang datanya valid pada hari Jumat. Apabila tunjangan Bapak/Ibu belum "
            "masuk, silakan cek status validasi di SIMPATIKA atau menghubungi Seksi Pendidikan "
            "Madrasah Kemenag Wonosobo."
        ),
        "progress": "Laporan diteruskan ke Seksi Pendidikan Madrasah untuk pengecekan data.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "kemenag-wonosobo",
        "category": "Keagamaan",
        "title": "Mengurus sertifikat tanah wakaf masjid",
        "body": (
            "Masjid di kampung kami Purbosono berdiri di atas tanah wakaf almarhum kakek, tapi "
            "belum ada sertifikatnya, hanya surat di atas kertas. Bagaimana cara mengurus akta "
            "ikrar wakaf dan sertifikat wakaf? Apakah ada biaya?"
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2018",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Tanah wakaf yang belum memiliki akta dapat dibuatkan "
            "Akta Pengganti Akta Ikrar Wakaf di KUA Kecamatan Kertek selaku PPAIW dengan "
            "menghadirkan nazhir, ahli waris wakif, dan dua saksi. Setelah itu nazhir mendaftarkan "
            "sertifikat wakaf ke Kantor Pertanahan Kabupaten Wonosobo, dan layanan sertifikasi "
            "tanah wakaf tidak dipungut biaya. Kami siap mendampingi prosesnya melalui penyuluh "
            "agama di KUA Kertek."
        ),
        "progress": "Pertanyaan diteruskan ke Penyelenggara Zakat dan Wakaf serta KUA Kertek.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bpn-wonosobo",
        "category": "Pertanahan",
        "title": "Sertipikat PTSL belum jadi, ditarik biaya 500 ribu",
        "body": (
            "Desa Limbangan ikut PTSL tahun lalu. Tanah sudah diukur tapi sertipikat saya belum "
            "jadi sampai sekarang. Waktu pendaftaran panitia desa menarik Rp500.000 per bidang, "
            "katanya untuk patok dan materai. Apakah itu sesuai aturan?"
        ),
        "kecamatan": "33.07.10",
        "desa": "33.07.10.2003",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Sertipikat PTSL atas nama Bapak/Ibu tertunda karena "
            "masih terdapat kekurangan data riwayat tanah, dan petugas kami akan menghubungi untuk "
            "melengkapinya. Biaya persiapan PTSL di Jawa Tengah sesuai SKB tiga menteri paling "
            "banyak Rp150.000 per bidang, sehingga pungutan di atas ketentuan telah kami sampaikan "
            "kepada Kecamatan dan Inspektorat untuk ditindaklanjuti. Konsultasi pertanahan dapat "
            "dilakukan di loket Kantor Pertanahan pada hari kerja."
        ),
        "progress": "Pengaduan diteruskan ke Seksi Penetapan Hak dan Pendaftaran serta tim PTSL.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "bpn-wonosobo",
        "category": "Pertanahan",
        "title": "Balik nama sertipikat waris, prosesnya berapa lama?",
        "body": (
            "Bapak saya sudah meninggal, sertipikat tanah di Gemblengan masih atas nama beliau. "
            "Kami mau balik nama ke ahli waris. Prosesnya berapa lama dan bisa diurus sendiri "
            "tanpa calo?"
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2002",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Peralihan hak karena pewarisan dapat diurus sendiri "
            "di loket Kantor Pertanahan dengan membawa sertipikat asli, surat keterangan waris, "
            "akta kematian, KTP dan KK para ahli waris, serta bukti pembayaran BPHTB dan PBB tahun "
            "berjalan. Layanan ini diselesaikan sesuai standar pelayanan sekitar lima hari kerja "
            "setelah berkas lengkap. Kami mengimbau masyarakat tidak menggunakan jasa calo dan "
            "memantau berkas melalui aplikasi Sentuh Tanahku."
        ),
        "progress": "Pertanyaan diterima petugas loket informasi Kantor Pertanahan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bpn-wonosobo",
        "category": "Pertanahan",
        "title": "Batas tanah digeser tetangga, minta pengukuran ulang",
        "body": (
            "Patok batas tanah kebun saya di Selomanik digeser tetangga sekitar 2 meter waktu saya "
            "merantau. Sudah dimediasi di desa tapi tidak selesai. Saya ingin diukur ulang oleh "
            "BPN sesuai sertipikat. Prosedurnya bagaimana?"
        ),
        "kecamatan": "33.07.04",
        "desa": "33.07.04.2001",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Bapak/Ibu dapat mengajukan permohonan pengembalian "
            "batas di loket Kantor Pertanahan dengan membawa sertipikat asli dan KTP, dengan biaya "
            "sesuai PNBP. Pengukuran akan dilakukan dengan menghadirkan pemilik tanah yang "
            "berbatasan dan perangkat desa. Bila tetap terjadi sengketa, Kantor Pertanahan dapat "
            "memfasilitasi mediasi sebelum ditempuh jalur pengadilan."
        ),
        "progress": "Laporan diterima Seksi Survei dan Pemetaan.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "bps-wonosobo",
        "category": "Informasi publik",
        "title": "Permohonan data kemiskinan per kecamatan",
        "body": (
            "Dengan hormat, saya peneliti di sebuah lembaga swadaya masyarakat. Saya memohon data "
            "persentase dan jumlah penduduk miskin Kabupaten Wonosobo lima tahun terakhir, serta "
            "jika tersedia data per kecamatan. Terima kasih."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1011",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Data jumlah dan persentase penduduk miskin Kabupaten "
            "Wonosobo lima tahun terakhir telah kami kirimkan dan dapat diunduh di laman "
            "wonosobokab.bps.go.id. Data kemiskinan makro BPS tidak tersedia hingga tingkat "
            "kecamatan; untuk keperluan tersebut Saudara dapat menggunakan data sosial ekonomi "
            "nasional yang dikelola Dinsos PMD. Konsultasi statistik dapat dilakukan di PST BPS "
            "Wonosobo."
        ),
        "progress": "Permohonan diterima Pelayanan Statistik Terpadu.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "bps-wonosobo",
        "category": "Informasi publik",
        "title": "Petugas survei datang ke rumah, asli atau bukan?",
        "body": (
            "Tadi siang ada orang mengaku petugas BPS datang ke rumah di Semayu tanya-tanya "
            "penghasilan dan minta foto KK. Saya ragu karena tidak ada surat. Nomornya yang "
            "ditinggal 0821-3390-5518. Bagaimana cara memastikan petugas BPS asli?"
        ),
        "kecamatan": "33.07.06",
        "desa": "33.07.06.2019",
        "address": "",
        "reply": (
            "Terima kasih atas kewaspadaannya. Petugas BPS selalu membawa kartu identitas petugas "
            "dan surat tugas, dan saat ini memang sedang berlangsung survei sosial ekonomi di "
            "beberapa desa di Selomerto. Setelah kami cek, nomor tersebut terdaftar sebagai mitra "
            "statistik resmi yang bertugas di Semayu. Petugas BPS tidak pernah meminta uang, dan "
            "Bapak/Ibu dapat memverifikasi petugas melalui PST BPS Wonosobo di (0286) 321455."
        ),
        "progress": "Kami sedang mencocokkan nomor tersebut dengan daftar petugas lapangan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "pos-wonosobo",
        "category": "Pos dan pengiriman",
        "title": "Paket belum sampai dua minggu",
        "body": (
            "Paket kiriman dari Jakarta lewat pos sudah dua minggu belum sampai ke rumah saya di "
            "Ngadikerso Sapuran. Di pelacakan statusnya sudah di Kantor Pos Wonosobo sejak "
            "seminggu lalu tapi tidak bergerak. Isinya obat untuk orang tua."
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.2016",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya dan mohon maaf atas keterlambatan. Kiriman tertahan "
            "karena alamat kurang lengkap dan nomor telepon penerima tidak dapat dihubungi. Paket "
            "telah diantarkan oleh petugas ke rumah Bapak/Ibu pada hari Kamis. Ke depan mohon "
            "mencantumkan nama dusun dan nomor telepon aktif agar kiriman dapat diantar tepat "
            "waktu."
        ),
        "progress": "Pengecekan posisi kiriman sedang dilakukan di bagian antaran.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "pos-wonosobo",
        "category": "Bantuan sosial",
        "title": "Jadwal bansos di kantor pos, lansia bisa diantar?",
        "body": (
            "Ibu saya penerima bansos yang lewat kantor pos, umurnya 82 tahun dan sudah tidak kuat "
            "jalan jauh. Kapan jadwal penyaluran untuk Desa Kreo, dan apakah bisa diantar ke "
            "rumah?"
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2004",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. Jadwal penyaluran bansos melalui Pos Indonesia untuk "
            "Desa Kreo disampaikan melalui pemerintah desa dan biasanya dilaksanakan di balai desa "
            "atau kantor pos cabang Kejajar. Bagi penerima lansia, sakit, atau disabilitas, "
            "petugas pos melayani pengantaran langsung ke rumah dengan didampingi perangkat desa. "
            "Silakan sampaikan data ibu Bapak/Ibu kepada perangkat desa agar masuk daftar antar."
        ),
        "progress": "Pertanyaan diteruskan ke petugas penyaluran wilayah Kejajar.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "pos-wonosobo",
        "category": "Bantuan sosial",
        "title": "Antre bansos di balai desa dari pagi tanpa tenda",
        "body": (
            "Penyaluran bansos lewat pos di balai desa Kaliwiro kemarin antre dari jam 7 pagi "
            "sampai siang. Banyak lansia berdiri kepanasan, tidak ada tenda dan kursi. Ada yang "
            "sampai pingsan. Mohon penyaluran berikutnya diatur lebih baik."
        ),
        "kecamatan": "33.07.04",
        "desa": "33.07.04.1015",
        "address": "Balai Desa Kaliwiro",
        "reply": (
            "Terima kasih atas laporannya dan kami mohon maaf. Penyaluran berikutnya akan dibagi "
            "dalam beberapa sesi berdasarkan dusun dengan jadwal jam yang diumumkan sebelumnya, "
            "serta pemerintah desa menyediakan tenda dan kursi. Penerima lansia dan disabilitas "
            "akan didahulukan atau diantar ke rumah. Kami juga menambah petugas loket agar antrean "
            "lebih cepat."
        ),
        "progress": (
            "Keluhan diterima dan dibahas bersama pemerintah desa untuk penyaluran berikutnya."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bri-wonosobo",
        "category": "Perbankan dan keuangan",
        "title": "Kartu ATM tertelan dan uang tidak keluar",
        "body": (
            "Saya tarik tunai 1 juta di ATM depan Plaza Wonosobo, saldo terpotong tapi uang tidak "
            "keluar dan kartunya tertelan. Saya sudah telepon 14017, diberi nomor laporan, tapi "
            "belum ada kabar lima hari. Mohon dibantu."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1020",
        "address": "ATM depan Plaza Wonosobo",
        "reply": (
            "Terima kasih atas laporannya. Hasil rekonsiliasi mesin ATM menunjukkan transaksi "
            "Bapak/Ibu gagal dan dana Rp1.000.000 telah dikembalikan ke rekening pada hari Rabu. "
            "Kartu ATM yang tertelan dapat diganti di kantor cabang BRI Wonosobo dengan membawa "
            "buku tabungan dan KTP. Mohon maaf atas ketidaknyamanannya."
        ),
        "progress": "Laporan diterima, proses rekonsiliasi transaksi ATM sedang berjalan.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "bri-wonosobo",
        "category": "Perbankan dan keuangan",
        "title": "Syarat KUR untuk petani sayur",
        "body": (
            "Saya petani sayur di Bowongso mau pinjam KUR buat modal tanam dan beli pompa. "
            "Syaratnya apa saja ya? Kalau tidak punya sertipikat tanah untuk jaminan bisa tidak?"
        ),
        "kecamatan": "33.07.07",
        "desa": "33.07.07.2017",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya. KUR Mikro dapat diajukan dengan KTP, KK, dan surat "
            "keterangan usaha dari desa atau NIB, dengan plafon hingga Rp100 juta, dan untuk "
            "pinjaman sampai batas tertentu tidak dipersyaratkan agunan tambahan. Bapak dapat "
            "mengajukan di BRI Unit terdekat atau melalui mantri BRI yang bertugas di wilayah "
            "Kalikajar. Pengajuan tidak dipungut biaya apa pun."
        ),
        "progress": "Pertanyaan diteruskan ke mantri BRI wilayah Kalikajar.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bri-wonosobo",
        "category": "Bantuan sosial",
        "title": "Saldo KKS dipotong agen BRILink",
        "body": (
            "Ibu saya mencairkan bantuan di agen BRILink dekat balai desa Manggis, saldo di kartu "
            "KKS 600 ribu tapi yang diterima cuma 550 ribu. Katanya potongan admin. Kartunya juga "
            "ditahan sama agen. Apa boleh begitu?"
        ),
        "kecamatan": "33.07.05",
        "desa": "33.07.05.2014",
        "address": "Agen BRILink di Manggis",
        "reply": (
            "Terima kasih atas laporannya. Penarikan dana bansos melalui agen BRILink tidak boleh "
            "dipotong dan agen dilarang menahan kartu KKS milik penerima. BRI telah memberikan "
            "sanksi kepada agen tersebut, mengembalikan kartu dan selisih dana kepada penerima, "
            "serta bersama pendamping sosial melakukan pengecekan ke penerima lain di Desa "
            "Manggis. Pelanggaran serupa dapat dilaporkan ke call center 14017."
        ),
        "progress": (
            "Laporan diteruskan ke unit kerja BRI yang membina agen tersebut dan dikoordinasikan "
            "dengan Dinsos PMD."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "bank-wonosobo",
        "category": "Perbankan dan keuangan",
        "title": "Kredit sudah lunas, sertipikat kapan bisa diambil?",
        "body": (
            "Kredit saya di Bank Wonosobo sudah lunas bulan lalu. Kapan sertipikat tanah yang jadi "
            "agunan bisa diambil dan apa yang perlu dibawa? Apakah roya diurus bank atau sendiri?"
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2010",
        "address": "",
        "reply": (
            "Terima kasih atas pertanyaannya dan selamat atas pelunasan kreditnya. Sertipikat "
            "agunan dapat diambil di kantor tempat kredit diajukan paling lambat tujuh hari kerja "
            "setelah pelunasan, dengan membawa KTP debitur dan bukti pelunasan. Bank akan "
            "menyerahkan surat roya untuk pencoretan hak tanggungan di Kantor Pertanahan, yang "
            "dapat diurus sendiri atau dibantu notaris."
        ),
        "progress": "Pertanyaan diterima bagian administrasi kredit.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bank-wonosobo",
        "category": "Perbankan dan keuangan",
        "title": "Penagih angsuran datang malam dan marah-marah",
        "body": (
            "Saya terlambat bayar angsuran dua bulan karena panen gagal. Petugas penagih datang ke "
            "rumah jam 9 malam dan berbicara kasar di depan anak-anak saya. Saya tidak menolak "
            "membayar, hanya minta keringanan. Apakah cara penagihan seperti itu dibenarkan?"
        ),
        "kecamatan": "33.07.14",
        "desa": "33.07.14.2015",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya dan mohon maaf atas perlakuan petugas kami. Penagihan "
            "seharusnya dilakukan pada jam yang wajar dan dengan sopan, sehingga petugas yang "
            "bersangkutan telah diberi sanksi dan pembinaan. Terkait kesulitan pembayaran akibat "
            "gagal panen, Bapak/Ibu dapat mengajukan restrukturisasi kredit di kantor kas Bank "
            "Wonosobo terdekat."
        ),
        "progress": "Pengaduan diterima dan sedang diklarifikasi kepada petugas penagihan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bank-jateng-wonosobo",
        "category": "Pajak daerah",
        "title": "Antre bayar PBB di Bank Jateng berjam-jam",
        "body": (
            "Menjelang jatuh tempo PBB, antrean di teller Bank Jateng Wonosobo sangat panjang, "
            "saya menunggu lebih dari dua jam. Loket yang buka hanya dua. Bukankah bisa ditambah "
            "atau ada loket khusus PBB?"
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1020",
        "address": "Kantor Cabang Bank Jateng Wonosobo",
        "reply": (
            "Terima kasih atas masukannya. Menjelang jatuh tempo PBB, Bank Jateng Wonosobo membuka "
            "loket khusus pembayaran PBB dan menambah teller pada jam sibuk. Pembayaran PBB juga "
            "dapat dilakukan tanpa antre melalui aplikasi Bank Jateng, QRIS, ATM, kantor pos, "
            "serta minimarket yang bekerja sama. Kami mohon maaf atas ketidaknyamanannya."
        ),
        "progress": "Masukan diterima dan disampaikan kepada pimpinan cabang.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "bank-jateng-wonosobo",
        "category": "Perbankan dan keuangan",
        "title": "Mohon ATM Bank Jateng di Kejajar",
        "body": (
            "Warga dan perangkat desa di Kejajar yang gajinya lewat Bank Jateng harus ke Garung "
            "atau kota untuk tarik tunai. Mohon dipasang ATM Bank Jateng di pusat Kecamatan "
            "Kejajar, apalagi banyak wisatawan juga di sana."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.1008",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. Usulan penambahan ATM di pusat Kecamatan Kejajar telah "
            "kami teruskan ke kantor pusat untuk kajian kelayakan lokasi. Sementara itu, nasabah "
            "dapat melakukan tarik tunai di agen Laku Pandai Bank Jateng yang tersedia di Kejajar "
            "dan menggunakan ATM bank lain dalam jaringan bersama."
        ),
        "progress": "Usulan diterima dan diteruskan ke kantor pusat.",
        "reporter_followup": "",
    },
    {
        "kind": "pertanyaan",
        "agency": "baznas-wonosobo",
        "category": "Bantuan sosial",
        "title": "Bantuan biaya berobat dari Baznas",
        "body": (
            "Tetangga saya di Kapulogo Kepil menderita kanker dan harus bolak-balik kemoterapi ke "
            "Semarang. BPJS-nya ada, tapi biaya transport dan menginap keluarga berat sekali. "
            "Apakah Baznas bisa membantu dan bagaimana mengajukannya?"
        ),
        "kecamatan": "33.07.02",
        "desa": "33.07.02.2010",
        "address": "",
        "reply": (
            "Terima kasih atas kepeduliannya. Baznas Wonosobo memiliki program bantuan bagi pasien "
            "tidak mampu, termasuk biaya transportasi dan akomodasi pengobatan. Permohonan "
            "diajukan dengan surat permohonan, fotokopi KTP dan KK, surat keterangan tidak mampu "
            "dari desa, serta surat keterangan dari rumah sakit. Tim kami akan melakukan survei ke "
            "rumah pasien sebelum bantuan disalurkan."
        ),
        "progress": "Pertanyaan diterima bagian pendistribusian Baznas.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "dinsos-pmd",
        "category": "Pelayanan desa",
        "title": "Mohon salinan Perbup perangkat desa dan jadwal pengisian",
        "body": (
            "Dengan hormat, di Desa Pucungwetan jabatan kaur keuangan kosong sudah hampir setahun. "
            "Kami dari BPD memohon salinan Peraturan Bupati tentang pengangkatan dan pemberhentian "
            "perangkat desa yang berlaku, serta informasi tahapan pengisian perangkat desa yang "
            "telah dikonsultasikan ke kabupaten. Dokumen akan kami gunakan untuk mengawal proses "
            "seleksi agar transparan."
        ),
        "kecamatan": "33.07.14",
        "desa": "33.07.14.2012",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Salinan Peraturan Bupati Wonosobo tentang perangkat "
            "desa beserta petunjuk teknis penjaringan dan penyaringan telah kami kirimkan melalui "
            "email. Pengisian jabatan yang kosong dilaksanakan oleh kepala desa dengan membentuk "
            "tim seleksi, dan hasilnya dikonsultasikan kepada camat untuk rekomendasi. Bidang "
            "Pemerintahan Desa Dinsos PMD siap memberikan pendampingan bila BPD memerlukan "
            "penjelasan lebih lanjut."
        ),
        "progress": "Permohonan diterima Bidang Pemerintahan Desa dan sedang disiapkan dokumennya.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "kemenag-wonosobo",
        "category": "Keagamaan",
        "title": "Daftar jemaah haji berhak lunas dari Wadaslintang",
        "body": (
            "Dengan hormat, saya dan istri mendaftar haji tahun 2013 dari Wadaslintang. Kami "
            "memohon informasi daftar jemaah asal Kabupaten Wonosobo yang berhak melunasi biaya "
            "haji tahun ini beserta jadwal tahap pelunasannya. Kami khawatir terlewat karena tidak "
            "menerima pemberitahuan."
        ),
        "kecamatan": "33.07.01",
        "desa": "33.07.01.1007",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Daftar jemaah berhak lunas Kabupaten Wonosobo tahun "
            "ini telah diumumkan di papan informasi PTSP Kemenag Wonosobo dan KUA kecamatan, dan "
            "salinannya telah kami kirimkan melalui email. Nama Bapak dan Ibu tercantum dalam "
            "daftar tahap pertama, dengan pelunasan melalui bank penerima setoran sesuai jadwal. "
            "Estimasi keberangkatan juga dapat dipantau melalui aplikasi Haji Pintar dengan nomor "
            "porsi."
        ),
        "progress": "Permohonan diteruskan ke Seksi Penyelenggaraan Haji dan Umrah.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "disdagkopukm",
        "category": "Perizinan",
        "title": "Jadwal sidang tera ulang dan tarif retribusinya",
        "body": (
            "Selamat siang, saya pengurus paguyuban pedagang Pasar Induk Wonosobo. Kami memohon "
            "informasi jadwal sidang tera ulang timbangan tahun ini untuk pasar-pasar daerah serta "
            "salinan tarif retribusi tera ulang yang berlaku, supaya bisa kami sosialisasikan ke "
            "anggota."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1021",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Jadwal sidang tera ulang di pasar-pasar daerah dan "
            "salinan tarif retribusi pelayanan tera ulang sesuai perda telah kami kirimkan melalui "
            "email. Untuk Pasar Induk Wonosobo, sidang tera ulang dijadwalkan selama tiga hari di "
            "kantor UPT Pasar, dan pedagang yang berhalangan dapat datang langsung ke kantor UPT "
            "Metrologi Legal pada hari kerja."
        ),
        "progress": "Permohonan diterima, jadwal sedang dikonfirmasi dengan UPT Metrologi Legal.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "kec-sapuran",
        "category": "Air bersih",
        "title": "Usul dropping air rutin dan sumur bor untuk Bogoran",
        "body": (
            "Kemarau tahun ini sumur warga di Bogoran banyak yang kering dan mata air mengecil, "
            "kami sampai beli air tangki mahal. Kami mengusulkan agar kecamatan mengupayakan "
            "dropping air bersih rutin selama kemarau, dan untuk jangka panjang dibangunkan sumur "
            "bor atau jaringan air dari mata air yang lebih besar."
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.2001",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. Kecamatan Sapuran telah meneruskan data 146 KK terdampak "
            "ke BPBD, dan dropping air bersih ke Bogoran dijadwalkan dua kali seminggu selama "
            "kemarau. Usulan sumur bor dan jaringan air bersih telah kami masukkan dalam daftar "
            "prioritas Musrenbang kecamatan untuk diteruskan ke DPUPR dan Disperkimhub. Kami juga "
            "mendorong desa menyiapkan lahan dan kajian sumber air agar usulan lebih siap "
            "dibiayai."
        ),
        "progress": (
            "Kecamatan meminta data KK terdampak dari Pemerintah Desa Bogoran untuk diteruskan ke "
            "BPBD."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "desa-sembungan",
        "category": "Pariwisata",
        "title": "Usul pos sampah dan toilet di jalur Sikunir",
        "body": (
            "Kami pedagang di sekitar Sikunir mengusulkan ada pos titip sampah di bawah dan toilet "
            "tambahan di tengah jalur pendakian. Banyak pengunjung buang botol dan bungkus makanan "
            "di jalur, dan toilet di parkiran antrenya panjang sekali saat subuh."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2003",
        "address": "Jalur pendakian Bukit Sikunir",
        "reply": (
            "Terima kasih atas usulannya. Pemerintah Desa Sembungan bersama BUMDes akan "
            "memberlakukan sistem cek sampah di pintu jalur, yaitu pengunjung mendata barang "
            "bawaan dan wajib membawa turun sampahnya. Penambahan dua unit toilet di area parkir "
            "telah dianggarkan dalam APBDes tahun depan dari pendapatan wisata."
        ),
        "progress": "Usulan diterima dan akan dibahas bersama pengurus BUMDes.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "kel-wonosobo-timur",
        "category": "Lingkungan hidup",
        "title": "Lahan kosong dijadikan taman bermain anak",
        "body": (
            "Dengan hormat, di belakang kantor Kelurahan Wonosobo Timur ada lahan kosong yang "
            "sekarang jadi tempat buang sampah dan semak-semak. Kami ibu-ibu PKK mengusulkan agar "
            "lahan itu dijadikan taman bermain anak dan kebun gizi, karena di kampung kami hampir "
            "tidak ada ruang terbuka untuk anak."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1021",
        "address": "Lahan kosong belakang kantor kelurahan",
        "reply": (
            "Terima kasih atas usulan ibu-ibu PKK. Kelurahan telah memastikan lahan tersebut "
            "merupakan aset Pemkab dan mengajukan izin pemanfaatannya ke BPPKAD. Sambil menunggu, "
            "kelurahan akan mengadakan kerja bakti pembersihan lahan bersama warga dan mengusulkan "
            "pembangunan taman bermain melalui dana kelurahan tahun depan."
        ),
        "progress": "Usulan diterima, kelurahan sedang mengecek status kepemilikan lahan.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "dinsos-pmd",
        "category": "Pelayanan desa",
        "title": "Usul pelatihan pengelolaan BUMDes",
        "body": (
            "Kami pengurus BUMDes di Desa Medono Kaliwiro merasa masih kesulitan membuat laporan "
            "keuangan dan mengembangkan usaha. Modal dari Dana Desa sudah ada tetapi usahanya "
            "jalan di tempat. Kami mengusulkan ada pelatihan dan pendampingan pengelolaan BUMDes "
            "dari kabupaten."
        ),
        "kecamatan": "33.07.04",
        "desa": "33.07.04.2003",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. Dinsos PMD akan menyelenggarakan pelatihan tata kelola "
            "dan pelaporan keuangan BUMDes untuk wilayah Kaliwiro dan sekitarnya, bekerja sama "
            "dengan tenaga pendamping profesional desa. Pengurus BUMDes Medono dapat mendaftar "
            "melalui pemerintah desa, dan pendamping desa akan melakukan pendampingan penyusunan "
            "rencana usaha."
        ),
        "progress": "Usulan diterima Bidang Pemberdayaan Masyarakat Desa.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "dppkbpppa",
        "category": "Pendidikan",
        "title": "Usul sosialisasi pencegahan perkawinan anak di sekolah",
        "body": (
            "Di desa kami Tegalgot masih sering ada anak perempuan lulus SMP langsung dinikahkan. "
            "Kami guru dan tokoh masyarakat mengusulkan ada sosialisasi pencegahan perkawinan anak "
            "untuk siswa dan orang tua di sekolah dan pengajian, supaya anak-anak bisa melanjutkan "
            "sekolah."
        ),
        "kecamatan": "33.07.02",
        "desa": "33.07.02.2018",
        "address": "",
        "reply": (
            "Terima kasih atas usulan dan kepeduliannya. DPPKBPPPA bersama KUA Kecamatan Kepil dan "
            "Puskesmas akan menyelenggarakan sosialisasi pencegahan perkawinan anak di SMP dan "
            "forum pengajian di Desa Tegalgot. Kami juga akan memperkuat peran forum anak desa dan "
            "pendamping keluarga agar orang tua mendapat pemahaman tentang dampak perkawinan anak."
        ),
        "progress": "Usulan diterima dan dikoordinasikan dengan KUA Kecamatan Kepil.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "rsud-setjonegoro",
        "category": "Kesehatan",
        "title": "Usul ruang tunggu keluarga pasien rawat inap",
        "body": (
            "Keluarga pasien rawat inap di RSUD banyak yang tidur di lorong atau emperan karena "
            "tidak ada ruang tunggu, apalagi yang dari jauh seperti Wadaslintang dan Kalibawang. "
            "Kalau malam dingin sekali. Kami mengusulkan dibuatkan ruang tunggu keluarga yang "
            "layak dengan kamar mandi."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.1014",
        "address": "RSUD KRT Setjonegoro",
        "reply": (
            "Terima kasih atas usulannya. RSUD telah menyiapkan ruang tunggu sementara di sisi "
            "timur gedung rawat inap dengan kursi dan kamar mandi, dan pembangunan ruang tunggu "
            "keluarga yang permanen telah diusulkan dalam rencana pengembangan rumah sakit tahun "
            "depan. Kami mohon keluarga pasien tetap menjaga ketertiban dan kebersihan di area "
            "tersebut."
        ),
        "progress": "Usulan diterima dan disampaikan kepada Direktur RSUD.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "bpjs-kesehatan",
        "category": "Jaminan kesehatan",
        "title": "Usul layanan BPJS keliling ke Wadaslintang",
        "body": (
            "Warga Wadaslintang kalau mau urus data BPJS, ganti faskes, atau kartu bermasalah "
            "harus ke kantor BPJS di kota, jaraknya jauh dan ongkosnya mahal. Kami mengusulkan ada "
            "layanan keliling atau petugas BPJS yang datang ke kecamatan secara rutin."
        ),
        "kecamatan": "33.07.01",
        "desa": "33.07.01.2009",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. BPJS Kesehatan Wonosobo menjadwalkan layanan Mobile "
            "Customer Service di Kantor Kecamatan Wadaslintang setiap bulan, dan jadwalnya "
            "diumumkan melalui pemerintah desa. Selain itu, sebagian besar layanan administrasi "
            "dapat diakses melalui aplikasi Mobile JKN dan WhatsApp Pandawa 0811-8165-165 tanpa "
            "perlu datang ke kantor."
        ),
        "progress": "Usulan diterima dan sedang dijadwalkan bersama Kecamatan Wadaslintang.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "pln-ulp-wonosobo",
        "category": "Listrik",
        "title": "Dusun di Depok Kalibawang belum teraliri listrik PLN",
        "body": (
            "Dengan hormat, masih ada satu dusun di Desa Depok Kalibawang dengan sekitar 25 rumah "
            "yang belum teraliri listrik PLN. Warga menyalur dari rumah di dusun sebelah dengan "
            "kabel panjang yang berbahaya. Kami mohon jaringan PLN diperluas ke dusun kami."
        ),
        "kecamatan": "33.07.15",
        "desa": "33.07.15.2007",
        "address": "Dusun terpencil di Desa Depok",
        "reply": (
            "Terima kasih atas usulannya. Tim perencanaan PLN ULP Wonosobo telah melakukan survei "
            "ke dusun tersebut dan mengusulkan perluasan jaringan tegangan rendah melalui program "
            "listrik desa. Selama menunggu, kami mengimbau warga tidak menyalur listrik dengan "
            "kabel yang tidak standar karena berisiko kebakaran dan sengatan listrik. Perkembangan "
            "usulan akan kami sampaikan melalui pemerintah desa."
        ),
        "progress": "Usulan diterima, survei lokasi oleh tim perencanaan dijadwalkan bulan ini.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "perumda-tirta-aji",
        "category": "Air bersih",
        "title": "Mohon jadwal giliran air diumumkan saat kemarau",
        "body": (
            "Setiap kemarau air PDAM di Sariyoso sering mati tanpa pemberitahuan, kadang pagi ada "
            "kadang malam. Kami mengusulkan agar jadwal giliran distribusi diumumkan lewat grup "
            "WhatsApp RT atau media sosial, supaya warga bisa menampung air di jam yang tepat."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.2018",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. Mulai musim kemarau ini Tirta Aji mengumumkan jadwal "
            "giliran distribusi per wilayah melalui media sosial resmi dan grup WhatsApp ketua RW "
            "yang telah kami data. Untuk wilayah Sariyoso, pengaliran dijadwalkan pukul "
            "04.00–10.00 dan 16.00–21.00, dan gangguan di luar jadwal dapat dilaporkan ke WhatsApp "
            "0811-2633-321."
        ),
        "progress": "Usulan diterima bagian distribusi dan humas.",
        "reporter_followup": "",
    },
    {
        "kind": "aspirasi",
        "agency": "desa-dieng",
        "category": "Pariwisata",
        "title": "Usul pelatihan pemandu wisata dan standar homestay",
        "body": (
            "Kami pemuda Desa Dieng ingin jadi pemandu wisata dan banyak warga membuka homestay, "
            "tapi belum ada pelatihan. Kami mengusulkan desa memfasilitasi pelatihan pemandu, "
            "bahasa Inggris dasar, dan standar pelayanan homestay agar wisatawan puas dan tidak "
            "kalah dengan daerah lain."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2013",
        "address": "",
        "reply": (
            "Terima kasih atas usulannya. Pemerintah Desa Dieng akan menganggarkan pelatihan "
            "pemandu wisata dan pengelolaan homestay dalam APBDes perubahan, serta berkoordinasi "
            "dengan Disparbud untuk mendatangkan narasumber dan sertifikasi pemandu. Pemuda yang "
            "berminat dapat mendaftar di kantor desa melalui pengurus Pokdarwis."
        ),
        "progress": "Usulan diterima dan akan dibahas bersama Pokdarwis.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "kec-kertek",
        "category": "Informasi publik",
        "title": "Minta berita acara Musrenbang Kecamatan Kertek",
        "body": (
            "Dengan hormat, kami dari Desa Candiyasan memohon salinan berita acara dan daftar "
            "prioritas usulan hasil Musrenbang Kecamatan Kertek tahun ini. Kami ingin memastikan "
            "usulan desa kami masuk dan mengetahui urutan prioritasnya."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.2019",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Salinan berita acara dan daftar prioritas usulan "
            "Musrenbang Kecamatan Kertek telah kami kirimkan melalui email dan dapat dilihat di "
            "papan informasi kantor kecamatan. Usulan Desa Candiyasan berupa perbaikan saluran "
            "irigasi tercatat pada urutan prioritas keempat bidang infrastruktur dan telah "
            "diteruskan ke forum perangkat daerah."
        ),
        "progress": "Permohonan diterima Seksi Pemerintahan Kecamatan Kertek.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "kec-garung",
        "category": "Pelayanan desa",
        "title": "Hasil evaluasi APBDes desa-desa di Garung",
        "body": (
            "Dengan hormat, saya warga Desa Kuripan Kecamatan Garung. Saya memohon informasi hasil "
            "evaluasi rancangan APBDes tahun ini oleh kecamatan untuk Desa Kuripan, termasuk "
            "catatan perbaikan yang diberikan camat, sebagai bahan pengawasan warga."
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2007",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Kecamatan Garung telah mengirimkan salinan surat "
            "hasil evaluasi rancangan APBDes Desa Kuripan beserta catatan perbaikannya melalui "
            "email. Catatan tersebut telah ditindaklanjuti pemerintah desa sebelum APBDes "
            "ditetapkan, dan salinan APBDes yang telah ditetapkan dapat diminta langsung di kantor "
            "desa."
        ),
        "progress": "Permohonan diterima, salinan surat evaluasi sedang disiapkan.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "disdukcapil",
        "category": "Informasi publik",
        "title": "Data jumlah penduduk per desa Kecamatan Kertek menurut umur",
        "body": (
            "Selamat pagi, saya pengelola sebuah yayasan pendidikan di Kertek. Kami memohon data "
            "agregat jumlah penduduk per desa di Kecamatan Kertek menurut kelompok umur dan jenis "
            "kelamin semester terakhir, untuk perencanaan layanan PAUD. Data tidak perlu memuat "
            "nama atau NIK."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.1008",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Data agregat kependudukan per desa di Kecamatan "
            "Kertek menurut kelompok umur dan jenis kelamin semester terakhir telah kami kirimkan "
            "melalui email dalam format spreadsheet. Data agregat kependudukan juga dapat diakses "
            "di laman Disdukcapil menu Data Kependudukan, dengan mencantumkan sumber data dalam "
            "setiap penggunaannya."
        ),
        "progress": "Permohonan diterima Bidang Pengelolaan Informasi Administrasi Kependudukan.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "dispaperkan",
        "category": "Pertanian",
        "title": "Alokasi pupuk subsidi per desa Kecamatan Garung",
        "body": (
            "Dengan hormat, kami dari gapoktan di Garung memohon data alokasi pupuk bersubsidi per "
            "desa di Kecamatan Garung untuk tahun ini, beserta realisasi penebusan sampai bulan "
            "lalu. Banyak anggota kami mengeluh jatahnya kurang dari kebutuhan."
        ),
        "kecamatan": "33.07.12",
        "desa": "33.07.12.1005",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Data alokasi pupuk bersubsidi per desa di Kecamatan "
            "Garung beserta realisasi penebusan sampai akhir bulan lalu telah kami kirimkan "
            "melalui email. Bila kebutuhan anggota melebihi alokasi, gapoktan dapat mengajukan "
            "usulan realokasi melalui penyuluh di BPP Garung sebelum batas waktu perubahan "
            "alokasi."
        ),
        "progress": "Permohonan diterima, data alokasi dan realisasi sedang direkap.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "kejari-wonosobo",
        "category": "Informasi publik",
        "title": "Jumlah perkara korupsi Dana Desa yang ditangani",
        "body": (
            "Dengan hormat, saya mahasiswa hukum yang sedang menulis skripsi. Saya memohon "
            "informasi jumlah perkara tindak pidana korupsi terkait Dana Desa yang ditangani "
            "Kejaksaan Negeri Wonosobo dalam tiga tahun terakhir beserta tahap penanganannya, "
            "tanpa perlu menyebut identitas para pihak."
        ),
        "kecamatan": "33.07.11",
        "desa": "33.07.11.2010",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Rekapitulasi jumlah perkara tindak pidana korupsi "
            "terkait Dana Desa yang ditangani Kejari Wonosobo dalam tiga tahun terakhir beserta "
            "tahap penanganannya telah kami kirimkan melalui email. Informasi mengenai identitas "
            "dan materi perkara yang sedang berjalan dikecualikan sesuai ketentuan. Saudara juga "
            "dapat berkonsultasi di PTSP Kejari Wonosobo."
        ),
        "progress": "Permohonan diterima PPID Kejari Wonosobo.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "polres-wonosobo",
        "category": "Lalu lintas dan transportasi",
        "title": "Data kecelakaan lalu lintas di jalur Dieng",
        "body": (
            "Dengan hormat, kami komunitas relawan di Kejajar memohon data jumlah kecelakaan lalu "
            "lintas di jalur Wonosobo–Dieng selama dua tahun terakhir beserta titik lokasi yang "
            "paling sering terjadi kecelakaan. Data akan kami gunakan untuk usulan pemasangan "
            "rambu dan pelatihan pertolongan pertama."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.1008",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Data agregat kecelakaan lalu lintas di jalur "
            "Wonosobo–Dieng dua tahun terakhir beserta titik rawan kecelakaan telah kami kirimkan "
            "melalui email. Satlantas Polres Wonosobo menyambut baik inisiatif relawan dan siap "
            "memberikan pendampingan pelatihan bersama PSC 119."
        ),
        "progress": "Permohonan diterima, data sedang direkap Unit Gakkum Satlantas.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "desa-sembungan",
        "category": "Pariwisata",
        "title": "Laporan pendapatan wisata Sikunir yang dikelola desa",
        "body": (
            "Dengan hormat, saya warga Sembungan memohon informasi laporan pendapatan tiket dan "
            "parkir wisata Bukit Sikunir dan Telaga Cebong tahun lalu yang dikelola BUMDes, serta "
            "penggunaannya untuk desa. Warga ingin tahu hasil wisata untuk pembangunan desa."
        ),
        "kecamatan": "33.07.13",
        "desa": "33.07.13.2003",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Laporan pendapatan dan penggunaan hasil usaha wisata "
            "BUMDes tahun lalu telah disampaikan dalam musyawarah desa, dan salinannya dapat "
            "diambil di kantor desa serta telah kami kirimkan melalui WhatsApp. Bagian hasil untuk "
            "pendapatan asli desa tercatat dalam APBDes dan digunakan antara lain untuk perbaikan "
            "jalan dan air bersih."
        ),
        "progress": "Permohonan diterima, laporan sedang disiapkan bersama pengurus BUMDes.",
        "reporter_followup": "",
    },
    {
        "kind": "informasi",
        "agency": "bpjs-kesehatan",
        "category": "Jaminan kesehatan",
        "title": "Daftar faskes tingkat pertama di Leksono dan sekitarnya",
        "body": (
            "Mohon informasi daftar puskesmas, klinik, dan dokter praktik perorangan yang bekerja "
            "sama dengan BPJS Kesehatan di wilayah Kecamatan Leksono dan Sukoharjo, beserta alamat "
            "dan kuota pesertanya. Saya ingin memilih faskes yang paling dekat dengan rumah."
        ),
        "kecamatan": "33.07.05",
        "desa": "33.07.05.1006",
        "address": "",
        "reply": (
            "Terima kasih atas permohonannya. Daftar fasilitas kesehatan tingkat pertama yang "
            "bekerja sama dengan BPJS Kesehatan di Kecamatan Leksono dan Sukoharjo beserta alamat "
            "dan ketersediaan kuota telah kami kirimkan melalui email. Informasi yang sama dapat "
            "dilihat pada menu Info Lokasi Faskes di aplikasi Mobile JKN, dan perubahan faskes "
            "dapat dilakukan setelah tiga bulan terdaftar."
        ),
        "progress": "Permohonan diterima dan daftar faskes sedang disiapkan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "satpolpp-damkar",
        "category": "Ketertiban umum",
        "title": "Spanduk dan reklame liar dipaku di pohon",
        "body": (
            "Sepanjang jalan raya Kertek ke arah Wonosobo banyak spanduk promosi dan reklame kecil "
            "yang dipaku di pohon dan tiang listrik. Selain kumuh, pohonnya jadi rusak. Mohon "
            "ditertibkan."
        ),
        "kecamatan": "33.07.08",
        "desa": "33.07.08.1001",
        "address": "Jl. Raya Kertek–Wonosobo",
        "reply": (
            "Terima kasih atas laporannya. Satpol PP bersama Kecamatan Kertek telah menertibkan 83 "
            "spanduk dan reklame tanpa izin di sepanjang Jl. Raya Kertek–Wonosobo. Pemasang "
            "reklame yang teridentifikasi telah diberi teguran dan diarahkan mengurus izin reklame "
            "di DPMPTSP serta membayar pajak reklame."
        ),
        "progress": "Laporan diterima, penertiban reklame dijadwalkan bersama kecamatan.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bank-jateng-wonosobo",
        "category": "Perbankan dan keuangan",
        "title": "Penghasilan tetap perangkat desa telat masuk rekening",
        "body": (
            "Kami perangkat Desa Wonokampir, siltap tiga bulan terakhir masuk ke rekening Bank "
            "Jateng terlambat hampir dua minggu dari biasanya. Waktu ditanya ke bank katanya "
            "menunggu dari desa, di desa katanya sudah dikirim. Mohon kejelasan di mana "
            "kendalanya."
        ),
        "kecamatan": "33.07.10",
        "desa": "33.07.10.2013",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Hasil penelusuran menunjukkan surat perintah "
            "pemindahbukuan dari rekening kas desa diterima bank dengan data rekening yang belum "
            "diperbarui, sehingga proses kliring tertunda. Data rekening telah diperbaiki bersama "
            "bendahara desa, dan ke depan transfer akan diproses paling lambat satu hari kerja "
            "setelah perintah diterima lengkap."
        ),
        "progress": (
            "Laporan diterima, kami sedang menelusuri proses transfer dari rekening kas desa."
        ),
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "bps-wonosobo",
        "category": "Informasi publik",
        "title": "Rumah saya tidak didata petugas sensus",
        "body": (
            "Katanya ada pendataan sensus dari BPS bulan ini, tetangga-tetangga sudah didatangi "
            "petugas tapi rumah saya di Glagah Sapuran terlewat. Saya takut tidak tercatat dan "
            "berpengaruh ke bantuan. Bagaimana caranya supaya didata?"
        ),
        "kecamatan": "33.07.03",
        "desa": "33.07.03.2004",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Kami telah meminta koordinator lapangan wilayah Sapuran "
            "untuk memeriksa daftar bangunan di blok sensus yang mencakup rumah Bapak/Ibu, dan "
            "petugas telah mendatangi serta mendata keluarga Bapak/Ibu pada hari Sabtu. Perlu kami "
            "sampaikan bahwa data sensus digunakan untuk statistik dan tidak langsung menentukan "
            "penerima bantuan."
        ),
        "progress": "Laporan diteruskan ke koordinator lapangan wilayah Sapuran.",
        "reporter_followup": "",
    },
    {
        "kind": "pengaduan",
        "agency": "disdikpora",
        "category": "Pendidikan",
        "title": "Anak tidak diterima SMP terdekat padahal rumah dekat",
        "body": (
            "Anak saya tidak diterima di SMP negeri yang jaraknya hanya 800 meter dari rumah di "
            "Wonosari, sedangkan ada pendaftar yang rumahnya lebih jauh justru diterima lewat "
            "jalur domisili. Saya curiga ada yang memakai KK numpang. Mohon dicek."
        ),
        "kecamatan": "33.07.09",
        "desa": "33.07.09.2016",
        "address": "",
        "reply": (
            "Terima kasih atas laporannya. Panitia SPMB telah memverifikasi data domisili "
            "pendaftar di SMP tersebut dan menemukan dua pendaftar dengan KK yang diterbitkan "
            "kurang dari satu tahun sehingga tidak memenuhi syarat jalur domisili. Kursi tersebut "
            "dialihkan kepada pendaftar berikutnya, dan putra Bapak/Ibu dinyatakan diterima. "
            "Silakan melakukan daftar ulang di sekolah paling lambat hari Jumat."
        ),
        "progress": (
            "Pengaduan diteruskan ke panitia SPMB untuk verifikasi data domisili pendaftar."
        ),
        "reporter_followup": "",
    },
]

REPORTER_NAMES: list[str] = [
    "Sumarni",
    "Ahmad Zainuri",
    "Sri Rahayu",
    "Budi Santoso",
    "Tukiman",
    "Endah Sulistyowati",
    "Muhammad Rizal Fauzi",
    "Wagiyem",
    "Dwi Lestari",
    "Sutrisno",
    "Nur Aini",
    "Yusuf Efendi",
    "Parjiyo",
    "Rina Kusumawati",
    "Agung Prabowo",
    "Siti Nurjanah",
    "Mulyadi",
    "Fitri Wulandari",
    "Heru Susanto",
    "Sugiyanto",
    "Ani Rahmawati",
    "Tri Wahyudi",
    "Puji Astuti",
    "Waluyo",
    "Khoirul Anam",
    "Lestari",
    "Eko Budiyanto",
    "Rohmah",
    "Dani Setiawan",
    "Umi Kulsum",
    "Imam Syafi'i",
    "Suwarni",
    "Bagus Hermawan",
    "Ratna Dewi Puspitasari",
    "Rudi Hartanto",
    "Kasmini",
    "Arif Rahman Hakim",
    "Nining Suryani",
    "Sarwono",
    "Wahyu Hidayat",
    "Indah Permatasari",
    "Paimin",
    "Nurul Hidayah",
    "Fajar Nugroho",
    "Sri Sumarsih",
    "Joko Susilo",
    "Anisa Fitriani",
    "Marsono",
    "Winarti",
    "Ilham Maulana",
    "Rukmini",
    "Teguh Prasetyo",
    "Ayu Kartika Sari",
    "Slamet Mujiono",
    "Dewi Anggraeni",
    "Gunawan",
    "Siti Maesaroh",
    "Hartini",
    "Muhlisin",
    "Rizky Amelia",
    "Sutarno",
    "Ngatiyem",
    "Darmanto",
    "Yuliana Safitri",
    "Agus Triyono",
    "Wartini",
    "Nanang Kosim",
    "Istiqomah",
    "Bayu Aji Pamungkas",
    "Murtini",
]

INTERNAL_NOTES: list[str] = [
    "Sudah koordinasi dengan UPT jalan, tim survei Kamis.",
    "Pelapor sudah ditelepon, lokasi persisnya di sebelah warung bakso, bukan depan sekolah.",
    "Foto dari pelapor kurang jelas, minta kirim ulang lewat WA.",
    "Lokasi masuk jalan provinsi, cek dulu sebelum dikembalikan ke koordinator.",
    "Anggaran pemeliharaan rutin triwulan ini tinggal sedikit, prioritaskan yang membahayakan.",
    "Sudah disampaikan ke Kabid, menunggu disposisi.",
    "Laporan serupa masuk minggu lalu dari warga RT sebelah, digabung penanganannya.",
    "Tim lapangan berangkat besok pagi jam 08.00, bawa material tambal.",
    "Data NIK pelapor sudah dipadankan, status aktif.",
    "Pelapor minta identitasnya dirahasiakan, jangan disebut saat klarifikasi ke desa.",
    "Kepala desa sudah dikonfirmasi lewat telepon, siap mendampingi survei.",
    "Tunggu hasil uji lab sampel air, estimasi 7 hari kerja.",
    "Sudah cek di aplikasi, berkas pelapor masih di meja verifikator.",
    "Perlu surat resmi ke BBWS, drafnya sudah di Sekretariat.",
    "Dikoordinasikan dengan Satlantas untuk operasi gabungan Sabtu malam.",
    "Koordinasi dengan Dinsos PMD soal data DTSEN, tunggu balasan.",
    "Pelapor sulit dihubungi, sudah tiga kali telepon tidak diangkat.",
    "Kendaraan operasional sedang servis, survei mundur ke Senin.",
    "Sudah ditangani petugas piket malam, tinggal buat laporan foto.",
    "Pastikan jawaban publik tidak menyebut nama warung yang dilaporkan.",
    "Cek ulang jadwal piket Damkar sebelum konfirmasi ke pelapor.",
    "Kasus ini sensitif, konsultasikan dulu dengan Kabid sebelum membalas.",
    "Material bronjong tersedia di gudang UPT Kertek.",
    "Sudah dibahas di rapat koordinasi Senin, penanganan bersama BPBD.",
    "Tagihan pelanggan dikoreksi, nota koreksi menyusul ke bagian keuangan.",
    "Minta bantuan Babinsa dan Bhabinkamtibmas untuk pendampingan di lokasi.",
    "Jawaban sudah dicek Kasi, siap dikirim.",
    "Dokumen yang diminta sebagian dikecualikan, siapkan surat pemberitahuan tertulis.",
]

RETURN_REASONS: list[str] = [
    "Ruas jalan tersebut jalan provinsi, kewenangan BPJ Wilayah Magelang.",
    "Jalan Wonosobo–Dieng di lokasi tersebut berstatus jalan provinsi, bukan jalan kabupaten.",
    (
        "Lampu yang dilaporkan adalah lampu jalan dusun yang dibiayai Dana Desa, mohon diteruskan "
        "ke pemerintah desa."
    ),
    "Yang dilaporkan adalah SMA negeri, kewenangan Cabang Dinas Pendidikan Provinsi Jawa Tengah.",
    "Pohon tumbang akibat angin kencang ditangani BPBD, bukan DLH.",
    "Kebocoran pipa milik jaringan air desa (Pamsimas), bukan jaringan Tirta Aji.",
    "Tiang yang miring adalah tiang provider internet, bukan tiang PLN.",
    "Pajak kendaraan bermotor dilayani Samsat, bukan BPPKAD.",
    "Antrean elpiji adalah urusan distribusi barang, mohon diteruskan ke Disdagkopukm.",
    (
        "Pengawasan norma ketenagakerjaan kewenangan provinsi; untuk mediasi PHK mohon diarahkan "
        "ke Disnakerintrans."
    ),
    "Lokasi kejadian berada di wilayah Kabupaten Banjarnegara (Dieng Kulon), bukan Wonosobo.",
    "Sungai Serayu kewenangan BBWS Serayu Opak; DLH hanya menangani pencemarannya.",
]

HOLD_REASONS: list[str] = [
    "Menunggu anggaran perubahan (APBD-P) untuk pengadaan material.",
    "Menunggu pelapor melengkapi foto lokasi dan titik koordinat.",
    "Menunggu jadwal survei lapangan tim teknis pekan depan.",
    "Pekerjaan ditunda karena cuaca buruk dan hujan deras di lokasi.",
    "Menunggu hasil uji laboratorium sampel air.",
    "Menunggu balasan surat koordinasi dari instansi provinsi.",
    "Menunggu data dari pemerintah desa untuk verifikasi penerima.",
    "Alat berat sedang dipakai penanganan longsor di lokasi lain.",
    "Menunggu pelapor datang ke kantor membawa dokumen asli.",
]

REOPEN_REASONS: list[str] = [
    "Lampu sudah dinyalakan tapi mati lagi dua hari kemudian.",
    "Lubangnya cuma ditambal sebagian, yang di tikungan belum.",
    "Sampahnya diangkut sekali, sekarang sudah menumpuk lagi.",
    "Air PDAM sempat lancar sehari, sekarang mati lagi.",
    "Katanya sudah selesai, tapi sampai sekarang dokumen saya belum saya terima.",
    "Balasannya tidak menjawab pertanyaan saya, mohon penjelasan yang lebih jelas.",
    "Pungutan parkir liarnya muncul lagi setiap malam Minggu.",
    "Retakan talud yang diperbaiki sudah retak lagi setelah hujan.",
]

REJECTION_TEXTS: dict[str, list[str]] = {
    "outside_remit": [
        (
            "Mohon maaf, hal yang Bapak/Ibu sampaikan bukan merupakan kewenangan instansi "
            "pemerintah yang terhubung dengan kanal ini. Kami menyarankan untuk menyampaikannya "
            "langsung kepada pihak yang berwenang."
        ),
        (
            "Terima kasih atas laporannya. Permasalahan ini merupakan urusan perdata antarwarga "
            "sehingga tidak dapat kami tindak lanjuti; Bapak/Ibu dapat menempuh musyawarah di "
            "tingkat RT/desa atau konsultasi hukum."
        ),
        (
            "Mohon maaf, laporan ini berkaitan dengan layanan perusahaan swasta di luar cakupan "
            "kanal pengaduan Pemkab Wonosobo. Silakan menghubungi layanan pelanggan perusahaan "
            "yang bersangkutan."
        ),
    ],
    "incomplete": [
        (
            "Terima kasih atas laporannya. Mohon maaf, laporan belum dapat kami proses karena "
            "lokasi kejadian belum jelas. Silakan kirim laporan baru dengan menyebutkan nama desa, "
            "dusun atau nama jalan, dan bila memungkinkan foto lokasi."
        ),
        (
            "Laporan Bapak/Ibu belum memuat informasi yang cukup untuk ditindaklanjuti, seperti "
            "waktu kejadian dan pihak yang dilaporkan. Mohon sampaikan kembali dengan keterangan "
            "yang lebih lengkap."
        ),
        (
            "Mohon maaf, lampiran yang dikirim tidak dapat dibuka dan isi laporan terlalu singkat. "
            "Silakan kirim ulang laporan beserta uraian singkat permasalahannya."
        ),
    ],
    "abusive": [
        (
            "Mohon maaf, laporan tidak dapat kami proses karena memuat kata-kata kasar dan tuduhan "
            "pribadi. Silakan sampaikan kembali permasalahannya dengan bahasa yang sopan agar "
            "dapat kami tindak lanjuti."
        ),
        (
            "Laporan ini kami tutup karena berisi ujaran yang menyinggung SARA. Kami tetap terbuka "
            "menerima pengaduan Bapak/Ibu yang disampaikan secara santun dan berdasarkan fakta."
        ),
    ],
    "duplicate": [
        (
            "Terima kasih atas laporannya. Permasalahan yang sama telah dilaporkan sebelumnya dan "
            "sedang ditangani. Bapak/Ibu dapat memantau perkembangannya melalui laporan yang sudah "
            "ada tersebut."
        ),
        (
            "Laporan ini kami gabungkan dengan laporan sebelumnya di lokasi yang sama agar "
            "penanganannya tidak terpecah. Perkembangan akan kami sampaikan melalui laporan utama."
        ),
    ],
    "not_a_report": [
        (
            "Terima kasih atas pesannya. Kanal ini khusus untuk pengaduan, aspirasi, permohonan "
            "informasi, dan pertanyaan tentang layanan publik, sehingga pesan ini tidak kami "
            "proses sebagai laporan."
        ),
        (
            "Terima kasih atas ucapan dan dukungannya. Karena pesan ini bukan laporan atau "
            "permintaan layanan, kami menutupnya tanpa tindak lanjut. Silakan gunakan kanal ini "
            "kembali bila ada keluhan atau usulan."
        ),
        (
            "Mohon maaf, pesan berisi promosi atau iklan tidak dapat diproses di kanal pengaduan "
            "masyarakat."
        ),
    ],
}

RATING_COMMENTS: dict[int, list[str]] = {
    1: [
        "Laporan ditutup katanya selesai, padahal di lokasi tidak ada perubahan sama sekali.",
        "Sudah sebulan lebih baru dibalas, jawabannya cuma template.",
        "Kecewa, saya malah disuruh lapor ke tempat lain terus.",
    ],
    2: [
        "Ditangani tapi hasilnya asal-asalan, seminggu sudah rusak lagi.",
        "Balasannya sopan tapi masalah saya belum selesai.",
        "Lama sekali prosesnya, harus saya tanyakan berkali-kali.",
    ],
    3: [
        "Lumayan, sudah ditangani walaupun agak lama.",
        "Cukup, tapi mohon ke depan dikabari kalau ada jadwal petugas datang.",
        "Masalahnya selesai sebagian, sisanya katanya tahun depan.",
    ],
    4: [
        "Terima kasih, petugas cepat datang dan ramah.",
        "Sudah beres, cuma kurang info perkembangan di tengah proses.",
        "Jawabannya jelas dan dokumennya dikirim lewat email. Mantap.",
    ],
    5: [
        "Matur nuwun sanget, dua hari langsung diperbaiki!",
        "Pelayanan luar biasa, petugas sampai telepon memastikan sudah beres.",
        "Baru kali ini lapor ke pemerintah langsung ditanggapi. Terima kasih banyak.",
        "Cepat, jelas, dan ramah. Semoga dipertahankan.",
    ],
}

CANNED_RESPONSES: list[dict] = [
    {
        "title": "Laporan diterima",
        "body": (
            "Yth. {nama}, terima kasih atas laporan Bapak/Ibu dengan kode {kode}. Laporan telah "
            "kami terima dan sedang kami pelajari. Kami akan menyampaikan tindak lanjutnya paling "
            "lambat {tenggat}."
        ),
        "agency": None,
    },
    {
        "title": "Permintaan kelengkapan data",
        "body": (
            "Yth. {nama}, untuk menindaklanjuti laporan {kode} kami memerlukan keterangan tambahan "
            "berupa lokasi yang lebih rinci dan foto kondisi terkini. Mohon dilengkapi sebelum "
            "{tenggat} agar laporan dapat segera kami proses."
        ),
        "agency": None,
    },
    {
        "title": "Diteruskan ke instansi berwenang",
        "body": (
            "Yth. {nama}, laporan Bapak/Ibu dengan kode {kode} telah kami teruskan kepada instansi "
            "yang berwenang menanganinya. Perkembangan penanganan dapat dipantau menggunakan kode "
            "tersebut."
        ),
        "agency": "diskominfo",
    },
    {
        "title": "Permohonan informasi diterima (UU KIP)",
        "body": (
            "Yth. {nama}, permohonan informasi publik Saudara dengan nomor registrasi {kode} telah "
            "kami terima. Sesuai UU No. 14 Tahun 2008, PPID akan memberikan tanggapan tertulis "
            "paling lambat {tenggat}."
        ),
        "agency": "diskominfo",
    },
    {
        "title": "Jadwal survei lokasi",
        "body": (
            "Yth. {nama}, terima kasih atas laporan {kode}. Tim teknis kami dijadwalkan melakukan "
            "survei lokasi sebelum {tenggat}. Hasil survei dan rencana penanganan akan kami "
            "sampaikan melalui kanal ini."
        ),
        "agency": "dpupr",
    },
    {
        "title": "Perbaikan PJU dijadwalkan",
        "body": (
            "Yth. {nama}, laporan lampu penerangan jalan umum dengan kode {kode} telah diteruskan "
            "ke UPT PJU. Perbaikan dijadwalkan paling lambat {tenggat}, menyesuaikan ketersediaan "
            "lampu dan kondisi cuaca."
        ),
        "agency": "disperkimhub",
    },
    {
        "title": "Gangguan air sedang ditangani",
        "body": (
            "Yth. {nama}, laporan gangguan air dengan kode {kode} sedang ditangani tim distribusi "
            "Tirta Aji. Kami mohon maaf atas ketidaknyamanannya dan menargetkan aliran normal "
            "kembali sebelum {tenggat}."
        ),
        "agency": "perumda-tirta-aji",
    },
    {
        "title": "Permintaan data kependudukan",
        "body": (
            "Yth. {nama}, untuk pengecekan laporan {kode} mohon kirimkan foto KTP-el dan Kartu "
            "Keluarga melalui kanal ini. Data Bapak/Ibu hanya digunakan untuk penanganan laporan "
            "dan tidak ditampilkan untuk umum. Mohon dilengkapi sebelum {tenggat}."
        ),
        "agency": "disdukcapil",
    },
    {
        "title": "Laporan bencana diterima Pusdalops",
        "body": (
            "Yth. {nama}, laporan kejadian bencana dengan kode {kode} telah diterima Pusdalops "
            "BPBD dan tim kaji cepat sedang dikoordinasikan. Untuk keadaan darurat, segera hubungi "
            "(0286) 321800."
        ),
        "agency": "bpbd",
    },
    {
        "title": "Laporan selesai ditindaklanjuti",
        "body": (
            "Yth. {nama}, laporan {kode} telah selesai ditindaklanjuti. Apabila permasalahan masih "
            "terjadi, Bapak/Ibu dapat membuka kembali laporan ini sebelum {tenggat}. Mohon berikan "
            "penilaian atas layanan kami."
        ),
        "agency": None,
    },
]
