#include "conflictchecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <limits>
#include <vector>
#include <numeric>

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
    /// ends[0..i] at most: ascending, so the first occurrence ending after a time is
    /// one binary search (the finder asks this for every rule and every candidate).
    QList<qint64> maxEnds;
    qint64 longest = 0;
    int id = -1;           ///< index into the checker's group table
    bool shortOnly = true; ///< every occurrence is in the checker's time-ordered table of short ones

    /// Index of the first occurrence overlapping [a, b), or -1.
    int firstOverlap(qint64 a, qint64 b) const
    {
        // The first occurrence ending after a is the first whose running maximum of ends
        // exceeds a; occurrences are in start order, so if it starts at or after b no
        // later one overlaps either.
        const auto it = std::upper_bound(maxEnds.cbegin(), maxEnds.cend(), a);
        if (it == maxEnds.cend())
            return -1;
        const qsizetype i = std::distance(maxEnds.cbegin(), it);
        return starts.at(i) < b ? int(i) : -1;
    }
};

// Occurrences of many rules in one table ordered by start, so the finder's blocked
// timeline is one scan over the time it looks at, however many rules block the change.
struct OccurrenceTable
{
    std::vector<qint64> starts;
    std::vector<qint64> ends;
    std::vector<int> group;
    std::vector<qint64> maxEnds; ///< running maximum of ends: where a scan from a time starts
    qint64 longest = 0;
};

// Rules whose occurrences are at most this long go into the first table, at most the
// second limit into the second; longer ones are asked one by one.
constexpr qint64 kTableLimits[2] = {6 * 3600, 2 * 86400};

// Fills tables from the short-only groups (every occurrence ≤ kTableLimits[1]).
void fillTables(OccurrenceTable (&tables)[2], const QList<const Group *> &groups)
{
    struct Entry
    {
        qint64 start;
        qint64 end;
        int group;
    };
    std::vector<Entry> entries[2];
    for (const Group *g : groups) {
        if (!g->shortOnly)
            continue;
        const int table = g->longest <= kTableLimits[0] ? 0 : 1;
        tables[table].longest = std::max(tables[table].longest, g->longest);
        for (qsizetype i = 0; i < g->starts.size(); ++i)
            entries[table].push_back(Entry{g->starts.at(i), g->ends.at(i), g->id});
    }
    for (int table = 0; table < 2; ++table) {
        std::sort(entries[table].begin(), entries[table].end(),
                  [](const Entry &x, const Entry &y) { return x.start < y.start; });
        OccurrenceTable &t = tables[table];
        t.starts.reserve(entries[table].size());
        t.ends.reserve(entries[table].size());
        t.group.reserve(entries[table].size());
        t.maxEnds.reserve(entries[table].size());
        for (const Entry &e : entries[table]) {
            t.starts.push_back(e.start);
            t.ends.push_back(e.end);
            t.group.push_back(e.group);
            t.maxEnds.push_back(t.maxEnds.empty() ? e.end : std::max(t.maxEnds.back(), e.end));
        }
    }
}

// Wall-clock text through the engine's cached zone tables: a message names several
// times, and the finder words every proposal, so QTimeZone lookups would dominate.
// "ddd yyyy-MM-dd HH:mm" (English day names, as QDateTime::toString gives them), by
// hand: the finder words every proposal and QLocale formatting dominated.
QString formatIn(const QDateTime &utc, const QString &zone, bool withDay)
{
    static const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const QDateTime local = CalendarEngine::toWallClock(utc, zone);
    const QDate date = local.date();
    const QTime time = local.time();
    char text[48];
    if (withDay)
        std::snprintf(text, sizeof text, "%s %04d-%02d-%02d %02d:%02d", kDays[std::clamp(date.dayOfWeek(), 1, 7) - 1],
                      date.year(), date.month(), date.day(), time.hour(), time.minute());
    else
        std::snprintf(text, sizeof text, "%02d:%02d", time.hour(), time.minute());
    return QString::fromLatin1(text);
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
    std::shared_ptr<const EnvironmentPlan> plan; ///< its rules' tables; null for an unknown environment
    bool production = false;
    Criticality changeImpact = Criticality::Low;
    QList<Item> items;                  ///< business impact, holidays, freezes
    QList<const Group *> hardGroups;    ///< groups any overlap of which blocks (for the finder)
    std::vector<char> hardMask;         ///< by group id: a short-only hard group
    QList<const Group *> longHardGroups; ///< hard groups with a long occurrence (freezes, closes)
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
    // Scratch lists of a rebuild, kept so their capacity is reused.
    mutable QList<QPair<qint64, qint64>> scratchSpans;
    mutable QList<QPair<qint64, qint64>> scratchExtra;
    mutable QList<QPair<qint64, qint64>> scratchMerged;
};

/// What matters for any change on one environment, prepared once: the rules and which
/// integrations could carry each of them.
struct ConflictChecker::EnvironmentPlan
{
    struct Target
    {
        QString key;
        const Group *group = nullptr;
        Conflict::Kind kind = Conflict::Kind::BusinessImpact;
        QList<int> candidates; ///< integration indices that run here and carry the rule
    };
    const Environment *env = nullptr;
    bool production = false;
    QList<const Group *> siteCycles;
    QStringList siteOfCycleGroup;
    QList<QStringList> slotKeys; ///< integration index → its partner-slot groups (production only)
    QList<Target> targets;       ///< site cycles, holidays and business cycles (production only)
    QList<const Group *> freezes;
    QList<const Group *> maintenance; ///< windows applying to the environment, every tier
    /// The occurrences of every short-only rule that can block a change here (partner
    /// slots, targets, freezes): nextUnblocked() scans these instead of the estate's.
    OccurrenceTable tables[2];
};

struct ConflictChecker::Private
{
    CalendarEngine engine;
    ImpactAnalysis impact;
    QDateTime from;
    QDateTime to;
    QList<ChangeWindow> others;
    QList<FreezeOverride> overrides;
    QTimeZone viewer = QTimeZone::systemTimeZone();

    QHash<QString, Group> groups;
    QHash<QString, QStringList> cyclesOfSite;      ///< site → group keys
    QHash<QString, QStringList> slotsOfPartner;    ///< "integration|partner" → group keys
    QStringList businessCycles;
    QStringList freezes;
    QStringList maintenance;
    QHash<QString, QStringList> holidaysOfSite;
    QList<int> nameRank; ///< integration index → rank of its name
    // Every occurrence of the short-only groups (for a change on an environment no
    // plan knows; a plan has its own, smaller tables).
    OccurrenceTable tables[2]; ///< occurrences of groups whose longest is ≤ 6 hours, ≤ 2 days
    int groupCount = 0;

    QMutex cacheMutex;
    QHash<QString, std::shared_ptr<const EnvironmentPlan>> plans;
    QHash<QString, std::shared_ptr<const Relevance>> relevances;

    Private(EstatePtr estate) : engine(estate), impact(std::move(estate)) {}
};

QString ConflictChecker::freezeOverrideRole()
{
    return QStringLiteral("release-manager");
}

QStringList ConflictChecker::freezeOverrideRoles(const QString &environment) const
{
    if (m_estate) {
        const auto env = std::find_if(m_estate->environments.cbegin(), m_estate->environments.cend(),
                                      [&](const Environment &e) { return e.name == environment; });
        if (env != m_estate->environments.cend()) {
            for (const Policy &policy : m_estate->policies) {
                if (policy.tier == env->tier)
                    return policy.freezeOverrideRoles;
            }
        }
    }
    return {freezeOverrideRole(), QStringLiteral("admin")};
}

ConflictChecker::ConflictChecker(EstatePtr estate, const QDateTime &indexFromUtc, const QDateTime &indexToUtc)
    : m_estate(estate), m_d(std::make_unique<Private>(estate))
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_d->from = indexFromUtc.isValid() ? indexFromUtc.toUTC() : now.addDays(-31);
    m_d->to = indexToUtc.isValid() ? indexToUtc.toUTC() : now.addYears(2).addDays(31);
    if (m_estate) {
        QList<int> byName(m_estate->integrations.size());
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(), [this](int a, int b) {
            return m_estate->integrations.at(a).name < m_estate->integrations.at(b).name;
        });
        m_d->nameRank.resize(byName.size());
        for (int r = 0; r < byName.size(); ++r)
            m_d->nameRank[byName.at(r)] = r;
    }
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
    int id = 0;
    QList<const Group *> every;
    every.reserve(m_d->groups.size());
    for (auto git = m_d->groups.begin(); git != m_d->groups.end(); ++git, ++id) {
        git->id = id;
        git->maxEnds.reserve(git->ends.size());
        qint64 reached = std::numeric_limits<qint64>::min();
        for (const qint64 end : std::as_const(git->ends)) {
            reached = std::max(reached, end);
            git->maxEnds.append(reached);
        }
        git->shortOnly = git->longest <= kTableLimits[1];
        every.append(&git.value());
    }
    fillTables(m_d->tables, every);
    m_d->groupCount = id;
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

void ConflictChecker::setFreezeOverrides(const QList<FreezeOverride> &overrides)
{
    m_d->overrides = overrides;
    // Relevances are keyed by the overridden rules, so cached ones stay right; dropping
    // them only keeps the cache from holding shapes of overrides that no longer exist.
    QMutexLocker lock(&m_d->cacheMutex);
    m_d->relevances.clear();
}

const QList<FreezeOverride> &ConflictChecker::freezeOverrides() const
{
    return m_d->overrides;
}

QList<FreezeOverride> ConflictChecker::freezeOverridesFromAudit(const QList<AuditEntry> &entries)
{
    QList<FreezeOverride> result;
    for (const AuditEntry &entry : entries) {
        if (entry.action != QLatin1String("freeze.overridden"))
            continue;
        const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
        FreezeOverride o;
        o.changeId = entry.changeId;
        o.rule = detail.value(QLatin1String("rule")).toString();
        o.role = detail.value(QLatin1String("role")).toString();
        o.reason = detail.value(QLatin1String("reason")).toString();
        o.by = entry.actor;
        o.at = entry.at;
        if (o.changeId != 0 && !o.rule.isEmpty())
            result.append(o);
    }
    return result;
}

void ConflictChecker::setViewerTimeZone(const QTimeZone &zone)
{
    m_d->viewer = zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("UTC"));
}

QTimeZone ConflictChecker::viewerTimeZone() const
{
    return m_d->viewer;
}

bool ConflictChecker::holdsWindow(ChangeState state)
{
    switch (state) {
    case ChangeState::Rejected:
    case ChangeState::Completed:
    case ChangeState::RolledBack:
    case ChangeState::Failed:
    case ChangeState::Closed:
        return false;
    default:
        return true;
    }
}

ChangeWindow ConflictChecker::windowOf(const ChangeRequest &change)
{
    ChangeWindow window;
    window.changeId = change.id;
    window.environment = change.environment;
    window.integrations = change.integrations;
    window.workloads = change.workloads;
    window.type = change.type;
    window.start = change.windowStart.toUTC();
    window.end = change.windowEnd.toUTC();
    return window;
}

QList<ChangeWindow> ConflictChecker::scheduledWindows(const QList<ChangeRequest> &changes)
{
    QList<ChangeWindow> result;
    for (const ChangeRequest &change : changes) {
        if (holdsWindow(change.state) && change.windowStart.isValid() && change.windowEnd.isValid()
            && change.windowEnd > change.windowStart)
            result.append(windowOf(change));
    }
    return result;
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
    const bool permitted = conflict.overrideRoles.isEmpty()
        ? (role == conflict.overrideRole || role == QLatin1String("admin"))
        : conflict.overrideRoles.contains(role);
    if (!permitted)
        return Status::failure(tr("overriding freeze %1 needs the role %2")
                                   .arg(conflict.occurrence.name,
                                        conflict.overrideRoles.isEmpty() ? conflict.overrideRole
                                                                         : conflict.overrideRoles.join(QStringLiteral(", "))));
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("an override needs a reason"));
    return Done{};
}

std::shared_ptr<const ConflictChecker::EnvironmentPlan> ConflictChecker::environmentPlan(const QString &name) const
{
    {
        QMutexLocker lock(&m_d->cacheMutex);
        if (const auto it = m_d->plans.constFind(name); it != m_d->plans.cend())
            return it.value();
    }
    auto plan = std::make_shared<EnvironmentPlan>();
    const Environment *env = m_estate ? m_estate->environment(name) : nullptr;
    plan->env = env;
    if (env) {
        plan->production = env->tier == Tier::Production;
        auto groupOf = [this](const QString &key) -> const Group * {
            const auto it = m_d->groups.constFind(key);
            return it == m_d->groups.cend() ? nullptr : &it.value();
        };
        for (const QString &site : env->sites) {
            for (const QString &key : m_d->cyclesOfSite.value(site)) {
                plan->siteCycles.append(groupOf(key));
                plan->siteOfCycleGroup.append(site);
            }
        }
        const QList<Integration> &integrations = m_estate->integrations;
        const int n = int(integrations.size());
        auto runsHere = [&](const Integration &i) { return i.environments.isEmpty() || i.environments.contains(env->name); };
        auto serves = [](const Integration &i, const QString &site) { return i.sites.isEmpty() || i.sites.contains(site); };
        auto carriesAny = [](const Integration &i, const QStringList &processes) {
            return std::any_of(processes.cbegin(), processes.cend(),
                               [&](const QString &p) { return i.processes.contains(p); });
        };
        if (plan->production) {
            plan->slotKeys.resize(n);
            for (int i = 0; i < n; ++i) {
                const Integration &integration = integrations.at(i);
                if (!runsHere(integration))
                    continue;
                for (const Partner &partner : integration.partners) {
                    for (const QString &key : m_d->slotsOfPartner.value(integration.name + QLatin1Char('|') + partner.name)) {
                        if (groupOf(key))
                            plan->slotKeys[i].append(key);
                    }
                }
            }
            // Which integrations can carry each site-bound rule: the best reached one explains it.
            for (const QString &site : env->sites) {
                QList<int> atSite;
                for (int i = 0; i < n; ++i) {
                    if (runsHere(integrations.at(i)) && serves(integrations.at(i), site))
                        atSite.append(i);
                }
                if (atSite.isEmpty())
                    continue;
                for (const QString &key : m_d->cyclesOfSite.value(site)) {
                    EnvironmentPlan::Target target{key, groupOf(key), Conflict::Kind::BusinessImpact, {}};
                    const QStringList &processes = target.group->intervals.first().processes;
                    if (processes.isEmpty()) {
                        target.candidates = atSite;
                    } else {
                        for (int i : std::as_const(atSite)) {
                            if (carriesAny(integrations.at(i), processes))
                                target.candidates.append(i);
                        }
                    }
                    if (!target.candidates.isEmpty())
                        plan->targets.append(target);
                }
                for (const QString &key : m_d->holidaysOfSite.value(site)) {
                    if (const Group *group = groupOf(key))
                        plan->targets.append(EnvironmentPlan::Target{key, group, Conflict::Kind::Holiday, atSite});
                }
            }
            for (const QString &key : m_d->businessCycles) {
                const Group *group = groupOf(key);
                const CalendarInterval &proto = group->intervals.first();
                EnvironmentPlan::Target target{key, group, Conflict::Kind::BusinessImpact, {}};
                for (int i = 0; i < n; ++i) {
                    const Integration &integration = integrations.at(i);
                    if (!runsHere(integration) || (!proto.processes.isEmpty() && !carriesAny(integration, proto.processes)))
                        continue;
                    const bool atServedSite = std::any_of(env->sites.cbegin(), env->sites.cend(), [&](const QString &site) {
                        return (proto.sites.isEmpty() || proto.sites.contains(site)) && serves(integration, site);
                    });
                    if (atServedSite)
                        target.candidates.append(i);
                }
                if (!target.candidates.isEmpty())
                    plan->targets.append(target);
            }
        }
        for (const QString &key : m_d->freezes) {
            const Group *group = groupOf(key);
            if (group->intervals.first().environments.contains(env->name))
                plan->freezes.append(group);
        }
        for (const QString &key : m_d->maintenance) {
            const Group *group = groupOf(key);
            const CalendarInterval &proto = group->intervals.first();
            if (!proto.environments.isEmpty() && !proto.environments.contains(env->name))
                continue;
            plan->maintenance.append(group);
        }
        QSet<const Group *> seen;
        QList<const Group *> blocking;
        auto add = [&](const Group *group) {
            if (group && !seen.contains(group)) {
                seen.insert(group);
                blocking.append(group);
            }
        };
        for (const QStringList &keys : std::as_const(plan->slotKeys)) {
            for (const QString &key : keys)
                add(groupOf(key));
        }
        for (const EnvironmentPlan::Target &target : std::as_const(plan->targets))
            add(target.group);
        for (const Group *group : std::as_const(plan->freezes))
            add(group);
        fillTables(plan->tables, blocking);
    }
    QMutexLocker lock(&m_d->cacheMutex);
    return *m_d->plans.insert(name, plan);
}

std::shared_ptr<const ConflictChecker::Relevance> ConflictChecker::relevance(const ChangeWindow &shape) const
{
    // Relevance depends only on the shape, so it is kept per shape; each caller gets its
    // own copy because nextUnblocked() caches its blocked timeline in it.
    QStringList integrations = shape.integrations;
    QStringList workloads = shape.workloads;
    integrations.sort();
    workloads.sort();
    // A freeze overridden for this change no longer blocks it, so the rules overridden
    // for the change are part of the shape.
    QStringList overridden;
    if (shape.changeId != 0) {
        for (const FreezeOverride &o : std::as_const(m_d->overrides)) {
            if (o.changeId == shape.changeId && !overridden.contains(o.rule))
                overridden.append(o.rule);
        }
        overridden.sort();
    }
    const QString cacheKey = shape.environment + QLatin1Char('\n') + QString::number(int(shape.type)) + QLatin1Char('\n')
        + integrations.join(QLatin1Char(',')) + QLatin1Char('\n') + workloads.join(QLatin1Char(',')) + QLatin1Char('\n')
        + overridden.join(QLatin1Char('\n'));
    {
        QMutexLocker lock(&m_d->cacheMutex);
        if (const auto it = m_d->relevances.constFind(cacheKey); it != m_d->relevances.cend())
            return std::make_shared<Relevance>(*it.value());
    }

    auto rel = std::make_shared<Relevance>();
    rel->environment = shape.environment;
    rel->changeImpact = changeImpact(shape);
    const auto plan = environmentPlan(shape.environment);
    if (plan->env) {
        rel->plan = plan;
        rel->production = plan->production;
        rel->siteCycles = plan->siteCycles;
        rel->siteOfCycleGroup = plan->siteOfCycleGroup;
        if (rel->production)
            addBusinessItems(*rel, *plan, shape);
        for (const Group *group : plan->freezes) {
            const CalendarInterval &proto = group->intervals.first();
            if (proto.allowedChangeTypes.contains(shape.type))
                continue;
            Relevance::Item item;
            item.key = groupKey(proto);
            item.group = group;
            item.kind = Conflict::Kind::Freeze;
            item.hardIfImpact = false;
            item.severity = Conflict::Severity::Hard;
            rel->items.append(item);
            // Still checked (check() reports it as overridden, soft), but the finder may
            // propose windows inside it.
            if (!overridden.contains(proto.name))
                rel->hardGroups.append(group);
        }
        for (const Group *group : plan->maintenance) {
            rel->anyMaintenanceForEnvironment = true;
            if (rank(group->intervals.first().impactTier) <= rank(rel->changeImpact))
                rel->maintenance.append(group);
        }
    }

    rel->hardMask.assign(std::size_t(std::max(0, m_d->groupCount)), 0);
    for (const Group *group : std::as_const(rel->hardGroups)) {
        if (group->shortOnly)
            rel->hardMask[std::size_t(group->id)] = 1;
        else if (!rel->longHardGroups.contains(group))
            rel->longHardGroups.append(group);
    }

    QMutexLocker lock(&m_d->cacheMutex);
    if (m_d->relevances.size() >= 4096)
        m_d->relevances.clear();
    m_d->relevances.insert(cacheKey, std::make_shared<const Relevance>(*rel));
    return rel;
}

void ConflictChecker::addBusinessItems(Relevance &rel, const EnvironmentPlan &plan, const ChangeWindow &shape) const
{
    // The compact reach (two searches over integers) instead of a full impact report:
    // only the integrations that end up explaining a rule need their path spelled out.
    const ImpactReach reach = m_d->impact.reach(shape.integrations, shape.workloads);
    if (reach.affectedCount() == 0)
        return;
    QHash<int, QStringList> paths;
    auto add = [&](const QString &key, const Group *group, int via, Conflict::Kind kind) {
        Relevance::Item item;
        item.key = key;
        item.group = group;
        item.kind = kind;
        auto path = paths.find(via);
        if (path == paths.end())
            path = paths.insert(via, m_d->impact.path(reach, via).hops);
        item.path = *path;
        item.fails = reach.kind(via) == ImpactKind::Fails;
        item.hardIfImpact = kind == Conflict::Kind::BusinessImpact;
        item.severity = Conflict::Severity::Soft;
        rel.items.append(item);
        if (item.hardIfImpact && hardBusinessImpact(group->intervals.first().impact, item.fails))
            rel.hardGroups.append(group);
    };
    // Partner slots of every affected integration, in impact-report order.
    if (!plan.slotKeys.isEmpty()) {
        for (const int i : m_d->impact.ordered(reach)) {
            for (const QString &key : plan.slotKeys.at(i))
                add(key, &m_d->groups.constFind(key).value(), i, Conflict::Kind::BusinessImpact);
        }
    }
    // The best explanation: fails before degrades, then the shortest path, then the name
    // (the impact report's order).
    for (const EnvironmentPlan::Target &target : plan.targets) {
        int best = -1;
        int bestSeverity = 0;
        int bestDistance = 0;
        for (const int i : target.candidates) {
            if (!reach.reaches(i))
                continue;
            const int severity = reach.kind(i) == ImpactKind::Fails ? 0 : 1;
            const int distance = reach.distance(i);
            if (best < 0 || severity < bestSeverity || (severity == bestSeverity && distance < bestDistance)
                || (severity == bestSeverity && distance == bestDistance && m_d->nameRank.at(i) < m_d->nameRank.at(best))) {
                best = i;
                bestSeverity = severity;
                bestDistance = distance;
            }
        }
        if (best >= 0)
            add(target.key, target.group, best, target.kind);
    }
}

QList<Conflict> ConflictChecker::check(const ChangeWindow &window) const
{
    if (!window.start.isValid() || !window.end.isValid())
        return {};
    if (window.start < m_d->from || window.end > m_d->to) {
        // Outside the indexed range: index just around the window (rare; slower).
        ConflictChecker local(m_estate, window.start.addDays(-2), window.end.addDays(2));
        local.setOtherChanges(m_d->others);
        local.setFreezeOverrides(m_d->overrides);
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
                c.overrideRoles = freezeOverrideRoles(window.environment);
                c.overridable = !c.overrideRoles.isEmpty();
                c.overrideRole = c.overrideRoles.value(0);
                c.fails = true;
                if (window.changeId != 0) {
                    for (const FreezeOverride &o : m_d->overrides) {
                        if (o.changeId == window.changeId && o.rule == occurrence.name) {
                            c.overridden = true;
                            c.overriddenBy = o.by;
                            c.overriddenRole = o.role;
                            c.overrideReason = o.reason;
                            c.severity = Conflict::Severity::Soft;
                        }
                    }
                }
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
                    if (c.overridden)
                        c.message = tr("Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; overridden by %5 "
                                       "as %6: %7.")
                                        .arg(occurrence.name, when, viewerWhen, toString(window.type), c.overriddenBy,
                                             c.overriddenRole, c.overrideReason);
                    else if (c.overrideRoles.isEmpty())
                        c.message = tr("Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; %5 (the policy "
                                       "lets nobody override it).")
                                        .arg(occurrence.name, when, viewerWhen, toString(window.type),
                                             severityWord(c.severity));
                    else
                        c.message = tr("Freeze %1 from %2 (%3 viewer time) does not allow %4 changes; %5 (override: "
                                       "role %6 with a reason).")
                                        .arg(occurrence.name, when, viewerWhen, toString(window.type),
                                             severityWord(c.severity), c.overrideRoles.join(tr(" or ")));
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
        // A workload is often named like the integration it runs; name it once.
        for (const QString &w : window.workloads) {
            if (other.workloads.contains(w) && !shared.contains(w))
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

ConflictChecker::Tally ConflictChecker::tally(const ChangeWindow &window, const Relevance &rel) const
{
    // Mirrors check(window, rel): keep the two in step.
    Tally t;
    const qint64 a = window.start.toSecsSinceEpoch();
    const qint64 b = window.end.toSecsSinceEpoch();
    auto soft = [&t](Criticality impact) {
        ++t.conflicts;
        if (rank(impact) < rank(t.worstImpact))
            t.worstImpact = impact;
    };
    for (const Relevance::Item &item : rel.items) {
        const Group &group = *item.group;
        for (int i = group.firstOverlap(a, b); i >= 0 && i < group.starts.size() && group.starts.at(i) < b; ++i) {
            if (group.ends.at(i) <= a)
                continue;
            const CalendarInterval &occurrence = group.intervals.at(i);
            bool hard = false;
            if (item.kind == Conflict::Kind::BusinessImpact) {
                hard = hardBusinessImpact(occurrence.impact, item.fails);
            } else if (item.kind == Conflict::Kind::Freeze) {
                hard = true;
                if (window.changeId != 0) {
                    for (const FreezeOverride &o : m_d->overrides) {
                        if (o.changeId == window.changeId && o.rule == occurrence.name)
                            hard = false;
                    }
                }
            } else {
                hard = item.severity == Conflict::Severity::Hard;
            }
            if (hard) {
                t.hard = true;
                ++t.conflicts;
                return t;
            }
            soft(occurrence.impact);
        }
    }
    for (const ChangeWindow &other : m_d->others) {
        if ((window.changeId != 0 && other.changeId == window.changeId) || !other.start.isValid()
            || other.start >= window.end || other.end <= window.start)
            continue;
        if (other.environment == window.environment) {
            t.hard = true;
            ++t.conflicts;
            return t;
        }
        const bool shares = std::any_of(window.integrations.cbegin(), window.integrations.cend(),
                                        [&](const QString &i) { return other.integrations.contains(i); })
            || std::any_of(window.workloads.cbegin(), window.workloads.cend(),
                           [&](const QString &w) { return other.workloads.contains(w); });
        if (shares)
            soft(rel.changeImpact);
    }
    if (rel.anyMaintenanceForEnvironment) {
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
            t.insideMaintenance = false;
            ++t.conflicts;
        }
    }
    return t;
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
    const qint64 end = (limit.isValid() ? std::min(limit, m_d->to) : m_d->to).toSecsSinceEpoch();
    const qint64 t = nextUnblocked(rel, shape, from.toSecsSinceEpoch(), durationSeconds, end);
    return t < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

qint64 ConflictChecker::nextUnblocked(const Relevance &rel, const ChangeWindow &shape, qint64 from,
                                      qint64 durationSeconds, qint64 limit) const
{
    // Small chunks: the finder mostly needs the next hours, and each rebuild scans every
    // rule's occurrences in its chunk.
    constexpr qint64 kChunk = 86400;
    qint64 t = from;
    const qint64 end = std::min(limit, m_d->to.toSecsSinceEpoch());
    if (rel.hardMask.size() != std::size_t(std::max(0, m_d->groupCount)))
        return -1; // not a relevance of this checker
    auto rebuild = [&](qint64 a) {
        const qint64 b = a + std::max(kChunk, 2 * durationSeconds);
        // Occurrences of rules up to 6 hours long come in start order from their table;
        // the longer ones and other changes are sorted and merged in.
        QList<QPair<qint64, qint64>> &spans = rel.scratchSpans;
        QList<QPair<qint64, qint64>> &extra = rel.scratchExtra;
        spans.clear();
        extra.clear();
        // Every hard short-only rule is among the plan's (its tables are a fraction of the estate's).
        const OccurrenceTable *tables = rel.plan ? rel.plan->tables : m_d->tables;
        for (int table = 0; table < 2; ++table) {
            const OccurrenceTable &tt = tables[table];
            QList<QPair<qint64, qint64>> &into = table == 0 ? spans : extra;
            // From the first occurrence that ends after a (running maximum of the ends).
            const auto first = std::upper_bound(tt.maxEnds.cbegin(), tt.maxEnds.cend(), a);
            for (std::size_t i = std::size_t(first - tt.maxEnds.cbegin()); i < tt.starts.size() && tt.starts[i] < b; ++i) {
                if (rel.hardMask[std::size_t(tt.group[i])] && tt.ends[i] > a)
                    into.append({tt.starts[i], tt.ends[i]});
            }
        }
        for (const Group *group : rel.longHardGroups) {
            for (int i = group->firstOverlap(a, b); i >= 0 && i < group->starts.size() && group->starts.at(i) < b; ++i) {
                if (group->ends.at(i) > a)
                    extra.append({group->starts.at(i), group->ends.at(i)});
            }
        }
        for (const ChangeWindow &other : m_d->others) {
            if (other.environment != shape.environment || (shape.changeId != 0 && other.changeId == shape.changeId)
                || !other.start.isValid())
                continue;
            const qint64 s = other.start.toSecsSinceEpoch();
            const qint64 e = other.end.toSecsSinceEpoch();
            if (s < b && e > a)
                extra.append({s, e});
        }
        const QList<QPair<qint64, qint64>> *sorted = &spans;
        if (!extra.isEmpty()) {
            std::sort(extra.begin(), extra.end());
            QList<QPair<qint64, qint64>> &merged = rel.scratchMerged;
            merged.clear();
            merged.reserve(spans.size() + extra.size());
            std::merge(spans.cbegin(), spans.cend(), extra.cbegin(), extra.cend(), std::back_inserter(merged),
                       [](const QPair<qint64, qint64> &x, const QPair<qint64, qint64> &y) { return x.first < y.first; });
            sorted = &merged;
        }
        rel.blocked.clear();
        for (const auto &span : *sorted) {
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
            return t;
        t = it->second;
    }
    return -1;
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
