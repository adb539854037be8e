from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("forum", "0001_initial"),
    ]

    operations = [
        migrations.RenameModel(old_name="Channel", new_name="ForumChannel"),
        migrations.RenameModel(old_name="Post", new_name="ForumPost"),
    ]
