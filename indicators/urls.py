from django.urls import path

from . import views

app_name = "indicators"

urlpatterns = [
    path("statistics/", views.statistics, name="statistics"),
    path("statistics/table.csv", views.statistics_csv, name="statistics-csv"),
    path("statistics/indicators/", views.indicator_list, name="indicator-list"),
    path(
        "statistics/indicators/<slug:slug>/",
        views.IndicatorDetailView.as_view(),
        name="indicator-detail",
    ),
]
