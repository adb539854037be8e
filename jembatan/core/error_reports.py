"""Error reports (the email Django sends to ADMINS on a server error) without what people sent.

Django's report lists the request's POST values and every local variable of every frame: on the
report form that is a citizen's NIK, phone number and the text of a rahasia report, mailed out
of Jembatan's access checks. The traceback itself (files, lines, source) stays, which is what
finding the bug needs.
"""

from __future__ import annotations

from django.views.debug import SafeExceptionReporterFilter


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    def get_post_parameters(self, request):
        if request is None:
            return {}
        if not self.is_active(request):
            return request.POST
        cleansed = request.POST.copy()
        for name in cleansed:
            cleansed.setlist(name, [self.cleansed_substitute])
        return cleansed

    def get_traceback_frame_variables(self, request, tb_frame):
        if not self.is_active(request):
            return super().get_traceback_frame_variables(request, tb_frame)
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
