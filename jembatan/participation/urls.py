"""Pages of public consultations: `public` under /partisipasi/, `staff` under
/staf/partisipasi/."""

from django.urls import path

from jembatan.participation import exports, feeds, views

app_name = "participation"

public = [
    path("", views.public_list, name="list"),
    path("rss/", feeds.ConsultationFeed(), name="feed_rss"),
    path("atom/", feeds.ConsultationAtomFeed(), name="feed_atom"),
    path("konfirmasi/", views.public_confirm, name="confirm"),
    path("komentar/<int:pk>/dukung/", views.public_support, name="support"),
    path("komentar/<int:pk>/laporkan/", views.public_flag, name="flag"),
    path("lampiran/<int:pk>/", views.public_attachment, name="attachment"),
    path("<int:pk>/", views.public_detail, name="detail"),
    path("<int:pk>/komentar/", views.public_comment, name="comment"),
    path("<int:pk>/pertanyaan/", views.public_questions, name="questions"),
    path("<int:pk>/hasil/", views.public_results, name="results"),
    path("<int:pk>/jawaban/", views.public_answers, name="answers"),
    path("<int:pk>/unduh.<str:fmt>", exports.public_export, name="export"),
]

staff = [
    path("", views.staff_list, name="staff_list"),
    path("baru/", views.staff_create, name="staff_create"),
    path("<int:pk>/", views.staff_detail, name="staff_detail"),
    path("<int:pk>/ubah/", views.staff_edit, name="staff_edit"),
    path("<int:pk>/bagian/", views.staff_section_add, name="staff_section_add"),
    path("<int:pk>/bagian/<int:section_pk>/", views.staff_section_edit,
         name="staff_section_edit"),
    path("<int:pk>/bagian/<int:section_pk>/geser/", views.staff_section_move,
         name="staff_section_move"),
    path("<int:pk>/pertanyaan/", views.staff_question_add, name="staff_question_add"),
    path("<int:pk>/impor/", views.staff_import, name="staff_import"),
    path("<int:pk>/lampiran/", views.staff_attachment_add, name="staff_attachment_add"),
    path("<int:pk>/lampiran/<int:attachment_pk>/hapus/", views.staff_attachment_remove,
         name="staff_attachment_remove"),
    path("<int:pk>/pratinjau/", views.staff_preview, name="staff_preview"),
    path("<int:pk>/terbitkan/", views.staff_publish, name="staff_publish"),
    path("<int:pk>/ajukan/", views.staff_review_submit, name="staff_review_submit"),
    path("<int:pk>/tinjau/", views.staff_review_decide, name="staff_review_decide"),
    path("<int:pk>/tutup/", views.staff_close, name="staff_close"),
    path("<int:pk>/tarik/", views.staff_withdraw, name="staff_withdraw"),
    path("<int:pk>/moderasi/", views.staff_moderation, name="staff_moderation"),
    path("<int:pk>/moderasi/<int:comment_pk>/", views.staff_moderate, name="staff_moderate"),
    path("<int:pk>/jawaban/", views.staff_answers, name="staff_answers"),
    path("<int:pk>/jawaban/komentar/<int:comment_pk>/", views.staff_comment_answer,
         name="staff_comment_answer"),
    path("<int:pk>/jawaban/terbitkan/", views.staff_answer_publish,
         name="staff_answer_publish"),
]
