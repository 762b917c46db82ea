from django.urls import path

from . import views

app_name = "governance"

urlpatterns = [
    path("mechanisms/", views.MechanismListView.as_view(), name="mechanism-list"),
    path("mechanisms/<slug:slug>/", views.MechanismDetailView.as_view(), name="mechanism-detail"),
    path("meetings/", views.MeetingListView.as_view(), name="meeting-list"),
    path("meetings/<slug:slug>/", views.MeetingDetailView.as_view(), name="meeting-detail"),
    path("legal-instruments/", views.LegalInstrumentListView.as_view(), name="instrument-list"),
    path(
        "legal-instruments/<slug:slug>/",
        views.LegalInstrumentDetailView.as_view(),
        name="instrument-detail",
    ),
    path("timeline/", views.TimelineView.as_view(), name="timeline"),
    path("people/", views.PersonListView.as_view(), name="person-list"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("action-plans/", views.ActionPlanListView.as_view(), name="action-plan-list"),
    path(
        "action-plans/<slug:slug>/",
        views.ActionPlanDetailView.as_view(),
        name="action-plan-detail",
    ),
    path("commitments/", views.CommitmentTrackerView.as_view(), name="commitment-tracker"),
    path("commitments/feed.atom", views.StatusChangesFeed(), name="commitment-feed"),
]
