# Only the label of a choice changes (decision 0057); the database is untouched.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('participation', '0005_field_labels'),
    ]

    operations = [
        migrations.AlterField(
            model_name='consultation',
            name='audience',
            field=models.CharField(choices=[('verified', 'anyone with a confirmed email address or phone number'), ('accounts', 'only citizens who are logged in')], default='verified', max_length=10, verbose_name='who may take part'),
        ),
    ]
