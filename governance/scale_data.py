"""Synthetic action plans, commitments and status changes for benchmarks and tests.

Called by `plan.scale_data.generate` (the `generate_scale_data` command, option
`--commitments`). Like the rest of the scale data, every record is labelled
synthetic: keys start with `synthetic-`, titles with “[Synthetic]”/“[Sintético]”,
and all cite the source `synthetic-scale-data`. Each plan hangs from a synthetic
meeting of the Neighbourhood Commission, so no real meeting gains a plan.
"""

import datetime

from .models import (
    ActionPlan,
    Commitment,
    CommitmentStatus,
    CommitmentStatusChange,
    CoordinationMechanism,
    MechanismKind,
    Meeting,
    ThematicAxis,
)

PREFIX = "synthetic-"
PER_PLAN = 100
AXES = ["social", "economy", "environment", "infrastructure", "security"]


def generate_commitments(total, rng, source, progress=lambda message: None):
    if not total:
        return
    commission = CoordinationMechanism.objects.filter(kind=MechanismKind.COMMISSION).first()
    if commission is None:
        raise ValueError("Load the real data first (load_zif): plans need the Commission.")
    existing = ActionPlan.objects.filter(slug__startswith=PREFIX).count()
    n_plans = -(-total // PER_PLAN)
    meetings = Meeting.objects.bulk_create(
        [
            Meeting(
                slug=f"{PREFIX}plan-meeting-{existing + i}",
                mechanism=commission,
                title_es=f"[Sintético] Reunión {existing + i}",
                title_en=f"[Synthetic] Meeting {existing + i}",
                date=datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randrange(9000)),
            )
            for i in range(n_plans)
        ]
    )
    Meeting.sources.through.objects.bulk_create(
        [Meeting.sources.through(meeting_id=m.pk, source_id=source.pk) for m in meetings]
    )
    plans = ActionPlan.objects.bulk_create(
        [
            ActionPlan(
                slug=f"{PREFIX}plan-{existing + i}",
                meeting=meeting,
                title_es=f"[Sintético] Plan de acción {existing + i}",
                title_en=f"[Synthetic] Action plan {existing + i}",
                valid_from_year=meeting.date.year,
                valid_to_year=meeting.date.year + 1,
                stated_commitments=PER_PLAN,
            )
            for i, meeting in enumerate(meetings)
        ]
    )
    ActionPlan.sources.through.objects.bulk_create(
        [ActionPlan.sources.through(actionplan_id=p.pk, source_id=source.pk) for p in plans]
    )
    axes = ThematicAxis.objects.bulk_create(
        [
            ThematicAxis(plan=plan, code=code, name_es=code, name_en=code, order=order)
            for plan in plans
            for order, code in enumerate(AXES)
        ]
    )
    axes_by_plan = {}
    for axis in axes:
        axes_by_plan.setdefault(axis.plan_id, []).append(axis)
    statuses = CommitmentStatus.values
    made = 0
    for plan in plans:
        count = min(PER_PLAN, total - made)
        if count <= 0:
            break
        commitments = Commitment.objects.bulk_create(
            [
                Commitment(
                    plan=plan,
                    key=f"{PREFIX}{n}",
                    number=n,
                    order=n,
                    text_es=f"[Sintético] Compromiso {n}",
                    text_en=f"[Synthetic] Commitment {n}",
                    axis=rng.choice(axes_by_plan[plan.pk]),
                    responsible_ecuador="[Synthetic] Ministerio",
                    responsible_peru="[Synthetic] Ministerio",
                )
                for n in range(1, count + 1)
            ]
        )
        CommitmentStatusChange.objects.bulk_create(
            [
                CommitmentStatusChange(
                    commitment=c,
                    status=rng.choice(statuses),
                    date=plan.meeting.date + datetime.timedelta(days=rng.randrange(1, 700)),
                    source=source,
                )
                for c in commitments
            ]
        )
        made += count
    progress(f"{made} synthetic commitments")


def clear_commitments(delete_rows):
    """Remove the synthetic plans (and their meetings' links): before the meetings go."""
    plans = ActionPlan.objects.filter(slug__startswith=PREFIX).values("pk")
    commitments = Commitment.objects.filter(plan__in=plans).values("pk")
    delete_rows(CommitmentStatusChange.objects.filter(commitment__in=commitments))
    delete_rows(Commitment.sources.through.objects.filter(commitment__in=commitments))
    delete_rows(Commitment.units.through.objects.filter(commitment__in=commitments))
    delete_rows(Commitment.objects.filter(pk__in=commitments))
    delete_rows(ThematicAxis.objects.filter(plan__in=plans))
    delete_rows(ActionPlan.sources.through.objects.filter(actionplan__in=plans))
    delete_rows(ActionPlan.objects.filter(pk__in=plans))
