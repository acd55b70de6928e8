#include "conflictchecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Gatehouse::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Conflict", text);
}

QString groupKey(const CalendarInterval &i)
{
    return QString::number(int(i.kind)) + QLatin1Char('|') + i.owner + QLatin1Char('|') + i.partner + QLatin1Char('|')
        + i.name + QLatin1Char('|') + i.sites.join(QLatin1Char(','));
}

bool hardBusinessImpact(Criticality impact, bool fails)
{
    return impact == Criticality::Critical || (impact == Criticality::High && fails);
}

/// Every occurrence of one rule in the index range, sorted by start, as seconds.
struct Group
{
    QList<CalendarInterval> intervals;
    QList<qint64> starts;
    QList<qint64> ends;
    qint64 longest = 0;

    /// Index of the first occurrence overlapping [a, b), or -1.
    int firstOverlap(qint64 a, qint64 b) const
    {
        auto it = std::lower_bound(starts.cbegin(), starts.cend(), a - longest);
        for (qsizetype i = std::distance(starts.cbegin(), it); i < starts.size() && starts.at(i) < b; ++i) {
            if (ends.at(i) > a)
                return int(i);
        }
        return -1;
    }
};

// Wall-clock text through the engine's cached zone tables: a message names several
// times, and the finder words every proposal, so QTimeZone lookups would dominate.
QString formatIn(const QDateTime &utc, const QString &zone, bool withDay)
{
    return CalendarEngine::toWallClock(utc, zone).toString(withDay ? QStringLiteral("ddd yyyy-MM-dd HH:mm")
                                                                   : QStringLiteral("HH:mm"));
}

QString zoneName(const QString &zone)
{
    return zone.isEmpty() ? QStringLiteral("UTC") : zone;
}

/// "Fri 2027-03-05 22:00–22:45 America/Chicago"
QString occurrenceText(const CalendarInterval &i)
{
    const QString zone = zoneName(i.timeZone);
    if (i.allDay) {
        const QDate first = CalendarEngine::toWallClock(i.start, zone).date();
        const QDate last = CalendarEngine::toWallClock(i.end, zone).date().addDays(-1);
        const QString day = QStringLiteral("ddd yyyy-MM-dd");
        if (last > first)
            return first.toString(day) + QStringLiteral("–") + last.toString(day) + QLatin1Char(' ') + zone;
        return first.toString(day) + QLatin1Char(' ') + zone;
    }
    const bool sameDay = CalendarEngine::toWallClock(i.start, zone).date() == CalendarEngine::toWallClock(i.end, zone).date();
    return formatIn(i.start, zone, true) + QStringLiteral("–") + formatIn(i.end, zone, !sameDay) + QLatin1Char(' ') + zone;
}

QString viewerText(const CalendarInterval &i, const QString &viewer)
{
    const bool sameDay =
        CalendarEngine::toWallClock(i.start, viewer).date() == CalendarEngine::toWallClock(i.end, viewer).date();
    return formatIn(i.start, viewer, true) + QStringLiteral("–") + formatIn(i.end, viewer, !sameDay) + QLatin1Char(' ')
        + viewer;
}

} // namespace

struct ConflictChecker::Relevance
{
    struct Item
    {
        QString key;
        const Group *group = nullptr;
        Conflict::Kind kind = Conflict::Kind::BusinessImpact;
        QStringList path;
        bool fails = true;
        bool hardIfImpact = true; ///< BusinessImpact: apply hardBusinessImpact(); others: fixed
        Conflict::Severity severity = Conflict::Severity::Hard;
    };
    QString environment;
    bool production = false;
    Criticality changeImpact = Criticality::Low;
    QList<Item> items;                  ///< business impact, holidays, freezes
    QList<const Group *> hardGroups;    ///< groups any overlap of which blocks (for the finder)
    QList<const Group *> maintenance;   ///< maintenance windows admitting the change's impact
    bool anyMaintenanceForEnvironment = false;
    QList<const Group *> siteCycles;    ///< all operating cycles of served sites, for business hours
    QStringList siteOfCycleGroup;       ///< parallel to siteCycles

    // nextUnblocked()'s merged timeline of hard occurrences over [blockedFrom, blockedTo):
    // the finder walks forward through it instead of asking every rule at every step.
    // Filled lazily; a Relevance is used by one thread at a time.
    mutable qint64 blockedFrom = 0;
    mutable qint64 blockedTo = 0;
    mutable QList<QPair<qint64, qint64>> blocked;
};

struct ConflictChecker::Private
{
    CalendarEngine engine;
    ImpactAnalysis impact;
    QDateTime from;
    QDateTime to;
    QList<ChangeWindow> others;
    QTimeZone viewer = QTimeZone::systemTimeZone();

    QHash<QString, Group> groups;
    QHash<QString, QStringList> cyclesOfSite;      ///< site → group keys
    QHash<QString, QStringList> slotsOfPartner;    ///< "integration|partner" → group keys
    QStringList businessCycles;
    QStringList freezes;
    QStringList maintenance;
    QHash<QString, QStringList> holidaysOfSite;

    Private(EstatePtr estate) : engine(estate), impact(std::move(estate)) {}
};

QString ConflictChecker::freezeOverrideRole()
{
    return QStringLiteral("release-manager");
}

ConflictChecker::ConflictChecker(EstatePtr estate, const QDateTime &indexFromUtc, const QDateTime &indexToUtc)
    : m_estate(estate), m_d(std::make_unique<Private>(estate))
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_d->from = indexFromUtc.isValid() ? indexFromUtc.toUTC() : now.addDays(-31);
    m_d->to = indexToUtc.isValid() ? indexToUtc.toUTC() : now.addYears(2).addDays(31);
    const QList<CalendarInterval> all = m_d->engine.expand(m_d->from, m_d->to);
    for (const CalendarInterval &interval : all) {
        const QString key = groupKey(interval);
        auto it = m_d->groups.find(key);
        if (it == m_d->groups.end()) {
            it = m_d->groups.insert(key, Group{});
            switch (interval.kind) {
            case BandKind::OperatingCycle:
                m_d->cyclesOfSite[interval.owner].append(key);
                break;
            case BandKind::PartnerSlot:
                m_d->slotsOfPartner[interval.owner + QLatin1Char('|') + interval.partner].append(key);
                break;
            case BandKind::BusinessCycle:
                m_d->businessCycles.append(key);
                break;
            case BandKind::Freeze:
                m_d->freezes.append(key);
                break;
            case BandKind::MaintenanceWindow:
                m_d->maintenance.append(key);
                break;
            case BandKind::Holiday:
                m_d->holidaysOfSite[interval.sites.value(0)].append(key);
                break;
            }
        }
        const qint64 start = interval.start.toSecsSinceEpoch();
        const qint64 end = interval.end.toSecsSinceEpoch();
        it->intervals.append(interval);
        it->starts.append(start);
        it->ends.append(end);
        it->longest = std::max(it->longest, end - start);
    }
}

ConflictChecker::~ConflictChecker() = default;

const CalendarEngine &ConflictChecker::engine() const
{
    return m_d->engine;
}

const ImpactAnalysis &ConflictChecker::impactAnalysis() const
{
    return m_d->impact;
}

QDateTime ConflictChecker::indexFrom() const
{
    return m_d->from;
}

QDateTime ConflictChecker::indexTo() const
{
    return m_d->to;
}

void ConflictChecker::setOtherChanges(const QList<ChangeWindow> &changes)
{
    m_d->others = changes;
}

const QList<ChangeWindow> &ConflictChecker::otherChanges() const
{
    return m_d->others;
}

void ConflictChecker::setViewerTimeZone(const QTimeZone &zone)
{
    m_d->viewer = zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("UTC"));
}

QTimeZone ConflictChecker::viewerTimeZone() const
{
    return m_d->viewer;
}

bool ConflictChecker::hasHardConflict(const QList<Conflict> &conflicts)
{
    return std::any_of(conflicts.cbegin(), conflicts.cend(),
                       [](const Conflict &c) { return c.severity == Conflict::Severity::Hard; });
}

Status ConflictChecker::validate(const ChangeWindow &window) const
{
    if (!m_estate || !m_estate->environment(window.environment))
        return Status::failure(tr("unknown environment '%1'").arg(window.environment));
    for (const QString &name : window.integrations) {
        if (!m_estate->integration(name) && m_estate->integrationsOfWorkload(name).isEmpty())
            return Status::failure(tr("unknown integration '%1'").arg(name));
    }
    for (const QString &name : window.workloads) {
        if (m_estate->integrationsOfWorkload(name).isEmpty())
            return Status::failure(tr("unknown workload '%1'").arg(name));
    }
    if (!window.start.isValid() || !window.end.isValid() || window.end <= window.start)
        return Status::failure(tr("the window must have a start and an end after it"));
    return Done{};
}

Criticality ConflictChecker::changeImpact(const ChangeWindow &window) const
{
    Criticality result = Criticality::Low;
    if (!m_estate)
        return result;
    QStringList names = window.integrations;
    for (const QString &w : window.workloads)
        names += m_estate->integrationsOfWorkload(w);
    for (const QString &name : std::as_const(names)) {
        const Integration *integration = m_estate->integration(name);
        QStringList mapped;
        if (!integration)
            mapped = m_estate->integrationsOfWorkload(name);
        if (integration && rank(integration->criticality) < rank(result))
            result = integration->criticality;
        for (const QString &m : std::as_const(mapped)) {
            if (const Integration *i = m_estate->integration(m); i && rank(i->criticality) < rank(result))
                result = i->criticality;
        }
    }
    return result;
}

Status ConflictChecker::canOverride(const Conflict &conflict, const QString &role, const QString &reason)
{
    if (conflict.kind != Conflict::Kind::Freeze || !conflict.overridable)
        return Status::failure(tr("only a freeze conflict can be overridden"));
    if (role != conflict.overrideRole && role != QLatin1String("admin"))
        return Status::failure(tr("overriding freeze %1 needs the role %2").arg(conflict.occurrence.name, conflict.overrideRole));
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("an override needs a reason"));
    return Done{};
}

std::shared_ptr<const ConflictChecker::Relevance> ConflictChecker::relevance(const ChangeWindow &shape) const
{
    auto rel = std::make_shared<Relevance>();
    rel->environment = shape.environment;
    rel->changeImpact = changeImpact(shape);
    const Environment *env = m_estate ? m_estate->environment(shape.environment) : nullptr;
    if (!env)
        return rel;
    rel->production = env->tier == Tier::Production;
    auto groupOf = [this](const QString &key) -> const Group * {
        const auto it = m_d->groups.constFind(key);
        return it == m_d->groups.cend() ? nullptr : &it.value();
    };

    for (const QString &site : env->sites) {
        for (const QString &key : m_d->cyclesOfSite.value(site)) {
            rel->siteCycles.append(groupOf(key));
            rel->siteOfCycleGroup.append(site);
        }
    }

    if (rel->production) {
        const ImpactReport report = m_d->impact.analyse(shape.integrations, shape.workloads);
        auto better = [](const AffectedIntegration *a, const AffectedIntegration *b) {
            if (!b)
                return true;
            if (a->kind != b->kind)
                return a->kind == ImpactKind::Fails;
            return a->path.hops.size() < b->path.hops.size();
        };
        auto runsIn = [&](const Integration &i) {
            return i.environments.isEmpty() || i.environments.contains(env->name);
        };
        auto add = [&](const QString &key, const AffectedIntegration &via, Conflict::Kind kind) {
            Relevance::Item item;
            item.key = key;
            item.group = groupOf(key);
            item.kind = kind;
            item.path = via.path.hops;
            item.fails = via.kind == ImpactKind::Fails;
            item.hardIfImpact = kind == Conflict::Kind::BusinessImpact;
            item.severity = Conflict::Severity::Soft;
            if (item.group) {
                rel->items.append(item);
                if (item.hardIfImpact && hardBusinessImpact(item.group->intervals.first().impact, item.fails))
                    rel->hardGroups.append(item.group);
            }
        };
        // Best path per process and per site, over integrations running here.
        QHash<QString, QHash<QString, const AffectedIntegration *>> processAtSite; // site → process → via
        QHash<QString, const AffectedIntegration *> anyAtSite;
        for (const AffectedIntegration &affected : report.integrations) {
            const Integration *integration = m_estate->integration(affected.name);
            if (!integration || !runsIn(*integration))
                continue;
            for (const Partner &partner : integration->partners) {
                for (const QString &key : m_d->slotsOfPartner.value(integration->name + QLatin1Char('|') + partner.name))
                    add(key, affected, Conflict::Kind::BusinessImpact);
            }
            for (const QString &site : env->sites) {
                if (!integration->sites.isEmpty() && !integration->sites.contains(site))
                    continue;
                if (better(&affected, anyAtSite.value(site)))
                    anyAtSite.insert(site, &affected);
                auto &processes = processAtSite[site];
                for (const QString &process : integration->processes) {
                    if (better(&affected, processes.value(process)))
                        processes.insert(process, &affected);
                }
            }
        }
        for (const QString &site : env->sites) {
            const AffectedIntegration *any = anyAtSite.value(site);
            if (!any)
                continue;
            const auto &processes = processAtSite[site];
            for (const QString &key : m_d->cyclesOfSite.value(site)) {
                const Group *group = groupOf(key);
                const QStringList &cycleProcesses = group->intervals.first().processes;
                const AffectedIntegration *via = nullptr;
                if (cycleProcesses.isEmpty()) {
                    via = any;
                } else {
                    for (const QString &p : cycleProcesses) {
                        const AffectedIntegration *candidate = processes.value(p);
                        if (candidate && better(candidate, via))
                            via = candidate;
                    }
                }
                if (via)
                    add(key, *via, Conflict::Kind::BusinessImpact);
            }
            for (const QString &key : m_d->holidaysOfSite.value(site))
                add(key, *any, Conflict::Kind::Holiday);
        }
        for (const QString &key : m_d->businessCycles) {
            const Group *group = groupOf(key);
            const CalendarInterval &proto = group->intervals.first();
            const AffectedIntegration *via = nullptr;
            for (const QString &site : env->sites) {
                if (!proto.sites.isEmpty() && !proto.sites.contains(site))
                    continue;
                const auto &processes = processAtSite[site];
                for (const QString &p : proto.processes) {
                    const AffectedIntegration *candidate = processes.value(p);
                    if (candidate && better(candidate, via))
                        via = candidate;
                }
                if (proto.processes.isEmpty() && anyAtSite.value(site) && better(anyAtSite.value(site), via))
                    via = anyAtSite.value(site);
            }
            if (via)
                add(key, *via, Conflict::Kind::BusinessImpact);
        }
    }

    for (const QString &key : m_d->freezes) {
        const Group *group = groupOf(key);
        const CalendarInterval &proto = group->intervals.first();
        if (!proto.environments.contains(env->name) || proto.allowedChangeTypes.contains(shape.type))
            continue;
        Relevance::Item item;
        item.key = key;
        item.group = group;
        item.kind = Conflict::Kind::Freeze;
        item.hardIfImpact = false;
        item.severity = Conflict::Severity::Hard;
        rel->items.append(item);
        rel->hardGroups.append(group);
    }

    for (const QString &key : m_d->maintenance) {
        const Group *group = groupOf(key);
        const CalendarInterval &proto = group->intervals.first();
        if (!proto.environments.isEmpty() && !proto.environments.contains(env->name))
            continue;
        rel->anyMaintenanceForEnvironment = true;
        if (rank(proto.impactTier) <= rank(rel->changeImpact))
            rel->maintenance.append(group);
    }
    return rel;
}

QList<Conflict> ConflictChecker::check(const ChangeWindow &window) const
{
    if (!window.start.isValid() || !window.end.isValid())
        return {};
    if (window.start < m_d->from || window.end > m_d->to) {
        // Outside the indexed range: index just around the window (rare; slower).
        ConflictChecker local(m_estate, window.start.addDays(-2), window.end.addDays(2));
        local.setOtherChanges(m_d->others);
        local.setViewerTimeZone(m_d->viewer);
        return local.check(window);
    }
    const auto rel = relevance(window);
    return check(window, *rel);
}

QList<Conflict> ConflictChecker::check(const ChangeWindow &window, const Relevance &rel, bool withMessages) const
{
    QList<Conflict> result;
    const qint64 a = window.start.toSecsSinceEpoch();
    const qint64 b = window.end.toSecsSinceEpoch();
    const QString viewer = m_d->viewer.isValid() ? QString::fromUtf8(m_d->viewer.id()) : QStringLiteral("UTC");
    auto impactWord = [](Criticality c) { return toString(c); };
    auto severityWord = [](Conflict::Severity s) { return s == Conflict::Severity::Hard ? tr("blocks") : tr("discouraged"); };

    for (const Relevance::Item &item : rel.items) {
        const Group &group = *item.group;
        for (int i = group.firstOverlap(a, b); i >= 0 && i < group.starts.size() && group.starts.at(i) < b; ++i) {
            if (group.ends.at(i) <= a)
                continue;
            const CalendarInterval &occurrence = group.intervals.at(i);
            Conflict c;
            c.kind = item.kind;
            c.occurrence = occurrence;
            c.impact = occurrence.impact;
            c.path = item.path;
            c.fails = item.fails;
            if (item.kind == Conflict::Kind::BusinessImpact)
                c.severity = hardBusinessImpact(occurrence.impact, item.fails) ? Conflict::Severity::Hard
                                                                               : Conflict::Severity::Soft;
            else
                c.severity = item.severity;
            if (item.kind == Conflict::Kind::Freeze) {
                c.overridable = true;
                c.overrideRole = freezeOverrideRole();
                c.fails = true;
            }
            if (withMessages) {
                const QString when = occurrenceText(occurrence);
                const QString viewerWhen = viewerText(occurrence, viewer);
                const QString how = c.fails ? tr("fails") : tr("degrades");
                const QString pathPhrase = c.path.size() > 1
                    ? tr("%1 %2 through %3").arg(c.path.last(), how, c.path.join(QStringLiteral(" → ")))
                    : tr("%1 is changed").arg(c.path.value(0));
                switch (item.kind) {
                case Conflict::Kind::BusinessImpact:
                    if (occurrence.kind == BandKind::PartnerSlot)
                        c.message = tr("Partner %1's slot %2 on %3 (%4 viewer time): %5; impact %6, %7.")
                                        .arg(occurrence.partner, occurrence.name, when, viewerWhen, pathPhrase,
                                             impactWord(c.impact), severityWord(c.severity));
                    else if (occurrence.kind == BandKind::OperatingCycle)
                        c.message = tr("Operating cycle %1 at site %2 on %3 (%4 viewer time): %5; impact %6, %7.")
                                        .arg(occurrence.name, occurrence.owner, when, viewerWhen, pathPhrase,
                                             impactWord(c.impact), severityWord(c.severity));
                    else
                        c.message = tr("Business cycle %1 on %2 (%3 viewer time): %4; impact %5, %6.")
                                        .arg(occurrence.name, when, viewerWhen, pathPhrase, impactWord(c.impact),
                                             severityWord(c.severity));
                    break;
                case Conflict::Kind::Holiday:
                    c.message = tr("Public holiday %1 at site %2 on %3 (%4 viewer time): few staff on hand; impact %5, %6.")
                                    .arg(occurrence.name, occurrence.sites.value(0), when, viewerWhen,
                                         impactWord(c.impact), severityWord(c.severity));
                    break;
                case Conflict::Kind::Freeze:
                    c.message = tr("Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; %5 (override: role %6 "
                                   "with a reason).")
                                    .arg(occurrence.name, when, viewerWhen, toString(window.type),
                                         severityWord(c.severity), c.overrideRole);
                    break;
                default:
                    break;
                }
            }
            result.append(std::move(c));
        }
    }

    for (const ChangeWindow &other : m_d->others) {
        if ((window.changeId != 0 && other.changeId == window.changeId) || !other.start.isValid()
            || other.start >= window.end || other.end <= window.start)
            continue;
        const bool sameEnvironment = other.environment == window.environment;
        QStringList shared;
        for (const QString &i : window.integrations) {
            if (other.integrations.contains(i))
                shared.append(i);
        }
        for (const QString &w : window.workloads) {
            if (other.workloads.contains(w))
                shared.append(w);
        }
        if (!sameEnvironment && shared.isEmpty())
            continue;
        Conflict c;
        c.kind = Conflict::Kind::OverlappingChange;
        c.severity = sameEnvironment ? Conflict::Severity::Hard : Conflict::Severity::Soft;
        c.otherChangeId = other.changeId;
        c.impact = rel.changeImpact;
        c.occurrence.name = QStringLiteral("change-") + QString::number(other.changeId);
        c.occurrence.owner = other.environment;
        c.occurrence.environments = {other.environment};
        c.occurrence.start = other.start;
        c.occurrence.end = other.end;
        c.occurrence.timeZone = QStringLiteral("UTC");
        if (withMessages) {
            const QString when = occurrenceText(c.occurrence);
            c.message = sameEnvironment
                ? tr("Change #%1 on %2 overlaps (%3); %4.").arg(other.changeId).arg(other.environment, when, severityWord(c.severity))
                : tr("Change #%1 on %2 overlaps (%3) and also changes %4; %5.")
                      .arg(other.changeId)
                      .arg(other.environment, when, shared.join(QStringLiteral(", ")), severityWord(c.severity));
        }
        result.append(std::move(c));
    }

    if (rel.anyMaintenanceForEnvironment) {
        // Covered when admitting windows chain from start to end (back-to-back is fine).
        QList<QPair<qint64, qint64>> spans;
        for (const Group *group : rel.maintenance) {
            for (int i = group->firstOverlap(a, b); i >= 0 && i < group->starts.size() && group->starts.at(i) < b; ++i) {
                if (group->ends.at(i) > a)
                    spans.append({group->starts.at(i), group->ends.at(i)});
            }
        }
        std::sort(spans.begin(), spans.end());
        qint64 reached = a;
        for (const auto &[s, e] : spans) {
            if (s > reached)
                break;
            reached = std::max(reached, e);
        }
        if (reached < b) {
            Conflict c;
            c.kind = Conflict::Kind::OutsideMaintenance;
            c.severity = Conflict::Severity::Soft;
            c.impact = rel.changeImpact;
            c.fails = false;
            if (withMessages)
                c.message = tr("Outside every maintenance window for %1-impact changes on %2; discouraged.")
                                .arg(toString(rel.changeImpact), rel.environment);
            result.append(std::move(c));
        }
    }

    std::stable_sort(result.begin(), result.end(), [](const Conflict &x, const Conflict &y) {
        if (x.severity != y.severity)
            return x.severity == Conflict::Severity::Hard;
        if (x.occurrence.start != y.occurrence.start)
            return x.occurrence.start < y.occurrence.start;
        if (x.kind != y.kind)
            return x.kind < y.kind;
        return x.occurrence.name < y.occurrence.name;
    });
    return result;
}

int ConflictChecker::sitesInOperatingCycles(const ChangeWindow &window, const Relevance &rel) const
{
    const qint64 a = window.start.toSecsSinceEpoch();
    const qint64 b = window.end.toSecsSinceEpoch();
    QSet<QString> sites;
    for (qsizetype i = 0; i < rel.siteCycles.size(); ++i) {
        if (rel.siteCycles.at(i) && rel.siteCycles.at(i)->firstOverlap(a, b) >= 0)
            sites.insert(rel.siteOfCycleGroup.at(i));
    }
    return int(sites.size());
}

QDateTime ConflictChecker::nextUnblocked(const Relevance &rel, const ChangeWindow &shape, const QDateTime &from,
                                         qint64 durationSeconds, const QDateTime &limit) const
{
    constexpr qint64 kChunk = 7 * 86400;
    qint64 t = from.toSecsSinceEpoch();
    const qint64 end = (limit.isValid() ? std::min(limit, m_d->to) : m_d->to).toSecsSinceEpoch();
    auto rebuild = [&](qint64 a) {
        const qint64 b = a + std::max(kChunk, 2 * durationSeconds);
        QList<QPair<qint64, qint64>> spans;
        for (const Group *group : rel.hardGroups) {
            for (int i = group->firstOverlap(a, b); i >= 0 && i < group->starts.size() && group->starts.at(i) < b; ++i) {
                if (group->ends.at(i) > a)
                    spans.append({group->starts.at(i), group->ends.at(i)});
            }
        }
        for (const ChangeWindow &other : m_d->others) {
            if (other.environment != shape.environment || (shape.changeId != 0 && other.changeId == shape.changeId)
                || !other.start.isValid())
                continue;
            const qint64 s = other.start.toSecsSinceEpoch();
            const qint64 e = other.end.toSecsSinceEpoch();
            if (s < b && e > a)
                spans.append({s, e});
        }
        std::sort(spans.begin(), spans.end());
        rel.blocked.clear();
        for (const auto &span : std::as_const(spans)) {
            if (!rel.blocked.isEmpty() && span.first <= rel.blocked.last().second)
                rel.blocked.last().second = std::max(rel.blocked.last().second, span.second);
            else
                rel.blocked.append(span);
        }
        rel.blockedFrom = a;
        rel.blockedTo = b;
    };
    while (t + durationSeconds <= end) {
        if (t < rel.blockedFrom || t + durationSeconds > rel.blockedTo || rel.blockedTo == 0)
            rebuild(t);
        // First merged block ending after t; blocks are disjoint and sorted.
        const auto it = std::upper_bound(rel.blocked.cbegin(), rel.blocked.cend(), t,
                                         [](qint64 value, const QPair<qint64, qint64> &b) { return value < b.second; });
        if (it == rel.blocked.cend() || it->first >= t + durationSeconds)
            return QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        t = it->second;
    }
    return {};
}

QList<QDateTime> ConflictChecker::maintenanceStarts(const Relevance &rel, const QDateTime &from, const QDateTime &to) const
{
    QList<QDateTime> result;
    const qint64 a = from.toSecsSinceEpoch();
    const qint64 b = to.toSecsSinceEpoch();
    QList<qint64> starts;
    for (const Group *group : rel.maintenance) {
        auto it = std::lower_bound(group->starts.cbegin(), group->starts.cend(), a);
        for (; it != group->starts.cend() && *it < b; ++it)
            starts.append(*it);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    result.reserve(starts.size());
    for (qint64 s : std::as_const(starts))
        result.append(QDateTime::fromSecsSinceEpoch(s, Qt::UTC));
    return result;
}

} // namespace Gatehouse::Models
