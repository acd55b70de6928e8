#include "safewindowfinder.h"

#include <QCoreApplication>

#include <algorithm>

namespace Gatehouse::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SafeWindowFinder", text);
}

qint64 roundUp(qint64 t, qint64 step)
{
    if (step <= 1)
        return t;
    const qint64 r = ((t % step) + step) % step;
    return r == 0 ? t : t + (step - r);
}

struct Candidate
{
    qint64 start = 0;
    int score = 0;
    bool inside = false;
    Criticality worst = Criticality::Low;
    int sites = 0;
};

} // namespace

SafeWindowFinder::SafeWindowFinder(const ConflictChecker &checker) : m_checker(checker) {}

QList<WindowProposal> SafeWindowFinder::find(const ChangeWindow &shape, qint64 durationSeconds,
                                             const QDateTime &afterUtc, int count, const QDateTime &untilUtc) const
{
    QList<WindowProposal> result;
    if (count <= 0 || durationSeconds <= 0 || !afterUtc.isValid())
        return result;
    const auto rel = m_checker.relevance(shape);
    const QDateTime until = untilUtc.isValid() ? std::min(untilUtc.toUTC(), m_checker.indexTo()) : m_checker.indexTo();
    const qint64 step = std::max<qint64>(1, m_stepSeconds);
    const qint64 untilSecs = until.toSecsSinceEpoch();

    // Earliest start ≥ t on the step grid that no hard rule blocks.
    auto feasibleFrom = [&](qint64 t) -> qint64 {
        for (int guard = 0; guard < 100000; ++guard) {
            t = roundUp(t, step);
            const qint64 n = m_checker.nextUnblocked(*rel, shape, t, durationSeconds, untilSecs);
            if (n < 0)
                return -1;
            if (n == t)
                return t;
            t = n;
        }
        return -1;
    };

    const qint64 begin = std::max(afterUtc.toSecsSinceEpoch(), m_checker.indexFrom().toSecsSinceEpoch());
    const qint64 first = feasibleFrom(begin);
    if (first < 0)
        return result;
    const qint64 horizon = std::min(first + std::max<qint64>(m_lookaheadSeconds, 0), until.toSecsSinceEpoch());

    QList<qint64> starts;
    // The earliest back-to-back windows …
    for (qint64 t = first; t >= 0 && t <= horizon && starts.size() < count * 2;) {
        starts.append(t);
        t = feasibleFrom(t + durationSeconds);
    }
    // … and every feasible start of a maintenance window that admits the change.
    const QList<QDateTime> maintenance = m_checker.maintenanceStarts(
        *rel, QDateTime::fromSecsSinceEpoch(first, Qt::UTC), QDateTime::fromSecsSinceEpoch(horizon + 1, Qt::UTC));
    for (const QDateTime &m : maintenance) {
        const qint64 t = m.toSecsSinceEpoch();
        if (t % step == 0 && feasibleFrom(t) == t)
            starts.append(t);
        if (starts.size() >= count * 6)
            break;
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    QList<Candidate> candidates;
    candidates.reserve(starts.size());
    for (qint64 t : std::as_const(starts)) {
        ChangeWindow window = shape;
        window.start = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        window.end = QDateTime::fromSecsSinceEpoch(t + durationSeconds, Qt::UTC);
        // Counted, not worded: only the proposals get the full check (below).
        const ConflictChecker::Tally tally = m_checker.tally(window, *rel);
        if (tally.hard)
            continue;
        Candidate c;
        c.start = t;
        c.inside = tally.insideMaintenance;
        c.worst = tally.worstImpact;
        c.sites = m_checker.sitesInOperatingCycles(window, *rel);
        // Inside a maintenance window outweighs everything; then business impact, then sites busy.
        c.score = (c.inside ? 0 : 1000) + (3 - rank(c.worst)) * 100 * (tally.conflicts == 0 ? 0 : 1)
            + tally.conflicts * 10 + c.sites;
        candidates.append(c);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score < b.score : a.start < b.start;
    });

    for (const Candidate &c : std::as_const(candidates)) {
        if (result.size() >= count)
            break;
        const qint64 end = c.start + durationSeconds;
        const bool overlaps = std::any_of(result.cbegin(), result.cend(), [&](const WindowProposal &p) {
            return p.start.toSecsSinceEpoch() < end && p.end.toSecsSinceEpoch() > c.start;
        });
        if (overlaps)
            continue;
        WindowProposal p;
        p.start = QDateTime::fromSecsSinceEpoch(c.start, Qt::UTC);
        p.end = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
        ChangeWindow window = shape;
        window.start = p.start;
        window.end = p.end;
        // The very check check-window runs, words included: a proposal is only what it accepts.
        const QList<Conflict> conflicts = m_checker.check(window, *rel, true);
        if (ConflictChecker::hasHardConflict(conflicts))
            continue;
        p.softConflicts = conflicts;
        p.insideMaintenanceWindow = c.inside;
        p.worstImpact = c.worst;
        p.sitesInBusinessHours = c.sites;
        p.score = c.score;
        QStringList parts;
        parts << (c.inside ? tr("Inside a preferred maintenance window.") : tr("Outside every preferred maintenance window."));
        const int business = int(std::count_if(conflicts.cbegin(), conflicts.cend(), [](const Conflict &x) {
            return x.kind != Conflict::Kind::OutsideMaintenance;
        }));
        if (business == 0)
            parts << tr("No business impact.");
        else
            parts << tr("%1 soft conflict(s), worst impact %2.").arg(business).arg(toString(c.worst));
        parts << (c.sites == 0 ? tr("No affected site is in an operating cycle.")
                               : tr("%1 site(s) in an operating cycle.").arg(c.sites));
        p.explanation = parts.join(QLatin1Char(' '));
        result.append(std::move(p));
    }
    return result;
}

} // namespace Gatehouse::Models
