"""Helpers of the catalogue tests: services made through the real actions, so the audit trail
runs as it does for staff."""



from jembatan.catalogue import actions as catalogue_actions


def make_service(agency, actor=None, **values):
    defaults = {
        "name": "Pasang Baru Sambungan Air",
        "audience": "Warga Kabupaten Wonosobo yang tinggal di jangkauan jaringan pipa",
        "requirements": "Fotokopi KTP-el\nFotokopi Kartu Keluarga\nDenah lokasi rumah",
        "steps": "Isi formulir di kantor pelayanan\nSurvei lokasi oleh petugas\nBayar biaya pasang",
        "cost": "Rp 1.350.000 (termasuk meter air)",
        "schedule": "Senin–Jumat 08.00–14.00",
        "place": "Kantor Pusat Perumda Tirta Aji, Jl. Mayjen Bambang Sugeng",
        "contact": "WhatsApp 0811-2650-0000",
        "link": "https://tirtaaji.co.id/pasang-baru",
    }
    defaults.update(values)
    return catalogue_actions.service_create(agency=agency, actor=actor, **defaults)
