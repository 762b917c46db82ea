from django.urls import path

from . import views

app_name = "territories"

urlpatterns = [
    path("territories/", views.UnitListView.as_view(), name="unit-list"),
    path("territories/<str:code>/", views.UnitDetailView.as_view(), name="unit-detail"),
    path("zones/", views.ZoneListView.as_view(), name="zone-list"),
    path("map/", views.MapView.as_view(), name="map"),
    path("zones/<slug:slug>/", views.ZoneDetailView.as_view(), name="zone-detail"),
]
