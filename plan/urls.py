from django.urls import path

from . import views

app_name = "plan"

urlpatterns = [
    path("plan/", views.PlanIndexView.as_view(), name="plan-index"),
    path("plan/<slug:slug>/", views.PlanDetailView.as_view(), name="plan-detail"),
    path("programmes/<slug:slug>/", views.ProgrammeDetailView.as_view(), name="programme-detail"),
    path("funds/<slug:slug>/", views.FundDetailView.as_view(), name="fund-detail"),
    path("value-chains/", views.ValueChainListView.as_view(), name="valuechain-list"),
    path(
        "value-chains/<slug:slug>/", views.ValueChainDetailView.as_view(), name="valuechain-detail"
    ),
    path("projects/", views.ProjectListView.as_view(), name="project-list"),
    path("projects/export.csv", views.ProjectCsvView.as_view(), name="project-export"),
    path("projects/<slug:slug>/", views.ProjectDetailView.as_view(), name="project-detail"),
]
