import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("kind", models.CharField(max_length=20, verbose_name="kind")),
                ("object_id", models.PositiveBigIntegerField(verbose_name="object")),
                ("title", models.CharField(max_length=300, verbose_name="title")),
                ("body", models.TextField(blank=True, verbose_name="text")),
                ("url", models.CharField(max_length=500, verbose_name="link")),
                ("date", models.DateTimeField(blank=True, null=True, verbose_name="date")),
                ("title_terms", models.TextField(blank=True)),
                ("body_terms", models.TextField(blank=True)),
                ("facets", models.CharField(blank=True, max_length=100)),
                ("indexed_at", models.DateTimeField(auto_now=True, verbose_name="indexed")),
                ("agency", models.ForeignKey(blank=True, null=True,
                                             on_delete=django.db.models.deletion.CASCADE,
                                             related_name="+", to="core.agency",
                                             verbose_name="agency")),
            ],
            options={
                "verbose_name": "search document",
                "verbose_name_plural": "search documents",
                "db_table": "search_document",
                "indexes": [models.Index(fields=["agency"], name="search_document_agency_idx")],
                "constraints": [models.UniqueConstraint(fields=("kind", "object_id"),
                                                        name="search_document_unique")],
            },
        ),
    ]
