#include "services/storeerrors.h"

#include <QRegularExpression>

#include <vector>

namespace Gatehouse::Services {

namespace {

// An empty result means "not recognised": a part (an action, a role) the catalogue
// cannot put into words, so the database's own sentence is shown instead.
using Render = QString (*)(const QStringList &parts);

struct Entry
{
    const char *code;
    const char *sqlstate;
    const char *format;  ///< the RAISE format string, "%" for each part
    const char *pattern; ///< a regular expression where "%" alone would be ambiguous, else nullptr
    Render render;
};

// A text marked for translation with a disambiguation (QT_TRANSLATE_NOOP3).
struct Marked
{
    const char *source;
    const char *comment;
};

QString orList(const QString &databaseList)
{
    const QStringList roles = databaseList.split(QStringLiteral(" or "));
    QString text;
    for (const QString &role : roles) {
        const QString name = StoreErrors::roleName(role);
        text = text.isEmpty() ? name : StoreErrors::tr("%1 or %2", "alternatives").arg(text, name);
    }
    return text;
}

QString commaList(const QString &databaseList)
{
    QStringList names;
    for (const QString &role : databaseList.split(QStringLiteral(", ")))
        names.append(StoreErrors::roleName(role));
    return names.join(StoreErrors::tr(", ", "list separator"));
}

QString tierName(const QString &tier)
{
    if (tier == QLatin1String("production"))
        return StoreErrors::tr("production", "tier");
    if (tier == QLatin1String("staging"))
        return StoreErrors::tr("staging", "tier");
    if (tier == QLatin1String("development"))
        return StoreErrors::tr("development", "tier");
    if (tier == QLatin1String("default"))
        return StoreErrors::tr("default", "tier");
    return tier;
}

QString stateName(const QString &state)
{
    static const Marked kStates[] = {
        QT_TRANSLATE_NOOP3("StoreErrors", "draft", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "submitted", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "assessed", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "approved", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "rejected", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "scheduled", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "in-progress", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "completed", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "rolled-back", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "failed", "change state"),
        QT_TRANSLATE_NOOP3("StoreErrors", "closed", "change state"),
    };
    for (const auto &s : kStates) {
        if (state == QLatin1String(s.source))
            return QCoreApplication::translate("StoreErrors", s.source, s.comment);
    }
    return state;
}

// What a change "cannot be" in its state (gatehouse_expect_state's last part).
QString transitionName(const QString &what)
{
    static const Marked kTransitions[] = {
        QT_TRANSLATE_NOOP3("StoreErrors", "submitted", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "assessed", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "approved", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "rejected", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "sent back for changes", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "scheduled", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "started", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "reviewed", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "closed", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "released", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "unscheduled", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "rescheduled", "transition"),
        QT_TRANSLATE_NOOP3("StoreErrors", "changed in scope", "transition"),
    };
    for (const auto &t : kTransitions) {
        if (what == QLatin1String(t.source))
            return QCoreApplication::translate("StoreErrors", t.source, t.comment);
    }
    if (what.startsWith(QLatin1String("marked ")))
        return StoreErrors::tr("marked %1", "transition").arg(stateName(what.mid(7)));
    return {};
}

// What a role is needed for (gatehouse_require_role's and gatehouse_override_role's
// `p_what`); empty when unknown.
QString actionName(const QString &what)
{
    static const char *const kActions[][2] = {
        {"create changes", QT_TRANSLATE_NOOP("StoreErrors", "create changes")},
        {"change the scope of someone else's change",
         QT_TRANSLATE_NOOP("StoreErrors", "change the scope of someone else's change")},
        {"reschedule someone else's change", QT_TRANSLATE_NOOP("StoreErrors", "reschedule someone else's change")},
        {"submit someone else's change", QT_TRANSLATE_NOOP("StoreErrors", "submit someone else's change")},
        {"assess changes", QT_TRANSLATE_NOOP("StoreErrors", "assess changes")},
        {"decide on changes", QT_TRANSLATE_NOOP("StoreErrors", "decide on changes")},
        {"schedule changes", QT_TRANSLATE_NOOP("StoreErrors", "schedule changes")},
        {"unschedule changes", QT_TRANSLATE_NOOP("StoreErrors", "unschedule changes")},
        {"start changes", QT_TRANSLATE_NOOP("StoreErrors", "start changes")},
        {"finish changes", QT_TRANSLATE_NOOP("StoreErrors", "finish changes")},
        {"review emergency changes", QT_TRANSLATE_NOOP("StoreErrors", "review emergency changes")},
        {"close changes", QT_TRANSLATE_NOOP("StoreErrors", "close changes")},
        {"comment on changes", QT_TRANSLATE_NOOP("StoreErrors", "comment on changes")},
        {"override a freeze", QT_TRANSLATE_NOOP("StoreErrors", "override a freeze")},
        {"override gates", QT_TRANSLATE_NOOP("StoreErrors", "override gates")},
        {"apply policies", QT_TRANSLATE_NOOP("StoreErrors", "apply policies")},
        {"grant break-glass access", QT_TRANSLATE_NOOP("StoreErrors", "grant break-glass access")},
        {"create releases", QT_TRANSLATE_NOOP("StoreErrors", "create releases")},
        {"drive releases", QT_TRANSLATE_NOOP("StoreErrors", "drive releases")},
        {"continue releases", QT_TRANSLATE_NOOP("StoreErrors", "continue releases")},
        {"roll releases back", QT_TRANSLATE_NOOP("StoreErrors", "roll releases back")},
        {"pause releases", QT_TRANSLATE_NOOP("StoreErrors", "pause releases")},
        {"act on rollouts", QT_TRANSLATE_NOOP("StoreErrors", "act on rollouts")},
    };
    for (const auto &a : kActions) {
        if (what == QLatin1String(a[0]))
            return QCoreApplication::translate("StoreErrors", a[1]);
    }
    if (what.startsWith(QLatin1String("approve as ")))
        return StoreErrors::tr("approve as %1").arg(StoreErrors::roleName(what.mid(11)));
    if (what.startsWith(QLatin1String("override the freeze ")))
        return StoreErrors::tr("override the freeze %1").arg(what.mid(20));
    return {};
}

// The English source texts say what the database says, so a person reading English
// sees the same sentence with or without the catalogue; other languages get theirs.
const std::vector<Entry> &catalogue()
{
    static const std::vector<Entry> entries{
        // --- roles and policy
        {"role.required", "42501", "permission denied: only % may %", nullptr,
         [](const QStringList &p) {
             const QString action = actionName(p.at(1));
             return action.isEmpty() ? QString() : StoreErrors::tr("permission denied: only %1 may %2").arg(orList(p.at(0)), action);
         }},
        {"override.role-not-held", "42501",
         "permission denied: the % policy (version %) lets only % %, and % holds none of these roles",
         "^permission denied: the (.+?) policy \\(version (\\d+)\\) lets only ([a-z-]+(?: or [a-z-]+)*) (.+), and (.+) "
         "holds none of these roles$",
         [](const QStringList &p) {
             const QString action = actionName(p.at(3));
             return action.isEmpty() ? QString()
                                     : StoreErrors::tr("permission denied: the %1 policy (version %2) lets only %3 %4, and "
                                                       "%5 holds none of these roles")
                                           .arg(tierName(p.at(0)), p.at(1), orList(p.at(2)), action, p.at(4));
         }},
        {"override.role-not-permitted", "42501", "permission denied: the % policy (version %) lets only % %, not %",
         "^permission denied: the (.+?) policy \\(version (\\d+)\\) lets only ([a-z-]+(?: or [a-z-]+)*) (.+), not (.+)$",
         [](const QStringList &p) {
             const QString action = actionName(p.at(3));
             return action.isEmpty() ? QString()
                                     : StoreErrors::tr("permission denied: the %1 policy (version %2) lets only %3 %4, not %5")
                                           .arg(tierName(p.at(0)), p.at(1), orList(p.at(2)), action,
                                                StoreErrors::roleName(p.at(4)));
         }},
        {"approval.no-required-role", "42501",
         "permission denied: % holds none of the roles the % policy asks to approve (%)", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("permission denied: %1 holds none of the roles the %2 policy asks to approve (%3)")
                 .arg(p.at(0), tierName(p.at(1)), commaList(p.at(2)));
         }},
        {"approval.role-not-asked", "23514", "the % policy does not ask for a % approval", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("the %1 policy does not ask for a %2 approval").arg(tierName(p.at(0)),
                                                                                      StoreErrors::roleName(p.at(1)));
         }},
        {"policy.none", "23514", "no policy has been applied to the control store yet", nullptr,
         [](const QStringList &) { return StoreErrors::tr("no policy has been applied to the control store yet"); }},
        {"policy.environment-not-covered", "23514", "policy version % does not cover environment %", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("policy version %1 does not cover environment %2").arg(p.at(0), p.at(1));
         }},
        {"policy.tier-without-rules", "23514", "policy version % has no rules for tier %", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("policy version %1 has no rules for tier %2").arg(p.at(0), tierName(p.at(1)));
         }},
        {"policy.no-emergency-path", "23514", "the policy for this tier has no emergency path", nullptr,
         [](const QStringList &) { return StoreErrors::tr("the policy for this tier has no emergency path"); }},
        {"risk.above-maximum", "23514", "risk score % exceeds the maximum % of the % policy", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("risk score %1 exceeds the maximum %2 of the %3 policy")
                 .arg(p.at(0), p.at(1), tierName(p.at(2)));
         }},
        // --- separation of duties
        {"separation-of-duties.requester-approves", "42501",
         "separation of duties: % requested change % and cannot approve it", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("separation of duties: %1 requested change %2 and cannot approve it").arg(p.at(0), p.at(1));
         }},
        {"separation-of-duties.implementer-approves", "42501",
         "separation of duties: % implements change % and cannot approve it", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("separation of duties: %1 implements change %2 and cannot approve it").arg(p.at(0), p.at(1));
         }},
        {"separation-of-duties.one-role-per-person", "23505",
         "separation of duties: % has already approved change % (one person fills one required role)", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("separation of duties: %1 has already approved change %2 (one person fills one "
                                    "required role)")
                 .arg(p.at(0), p.at(1));
         }},
        {"separation-of-duties.requester-decides", "42501",
         "separation of duties: % requested change % and cannot decide on it", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("separation of duties: %1 requested change %2 and cannot decide on it").arg(p.at(0), p.at(1));
         }},
        {"separation-of-duties.approver-implements", "42501",
         "separation of duties: % approved change % and cannot implement it", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("separation of duties: %1 approved change %2 and cannot implement it").arg(p.at(0), p.at(1));
         }},
        {"separation-of-duties.reviews-own", "42501",
         "separation of duties: % cannot review a change they requested or implemented", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("separation of duties: %1 cannot review a change they requested or implemented").arg(p.at(0));
         }},
        {"separation-of-duties.overrides-own-freeze", "42501",
         "separation of duties: % cannot override a freeze for their own change", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("separation of duties: %1 cannot override a freeze for their own change").arg(p.at(0));
         }},
        {"separation-of-duties.overrides-own-gates", "42501",
         "separation of duties: % cannot override gates of their own change", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("separation of duties: %1 cannot override gates of their own change").arg(p.at(0));
         }},
        {"separation-of-duties.break-glass-self", "42501",
         "separation of duties: an administrator cannot grant break-glass access to themselves", nullptr,
         [](const QStringList &) {
             return StoreErrors::tr("separation of duties: an administrator cannot grant break-glass access to themselves");
         }},
        // --- the change and its lifecycle
        {"change.not-found", "P0002", "change % does not exist", nullptr,
         [](const QStringList &p) { return StoreErrors::tr("change %1 does not exist").arg(p.at(0)); }},
        {"change.wrong-state", "23514", "change % is %: it cannot be %", nullptr,
         [](const QStringList &p) {
             const QString what = transitionName(p.at(2));
             return what.isEmpty() ? QString()
                                   : StoreErrors::tr("change %1 is %2: it cannot be %3").arg(p.at(0), stateName(p.at(1)), what);
         }},
        {"change.infrastructure-apart", "23514",
         "infrastructure changes are kept apart from application changes: file them as a separate change", nullptr,
         [](const QStringList &) {
             return StoreErrors::tr("infrastructure changes are kept apart from application changes: file them as a "
                                    "separate change");
         }},
        {"change.reschedule-needs-reason", "23514", "a reschedule needs a reason", nullptr,
         [](const QStringList &) { return StoreErrors::tr("a reschedule needs a reason"); }},
        {"change.decision-needs-comment", "23514", "say why in a comment", nullptr,
         [](const QStringList &) { return StoreErrors::tr("say why in a comment"); }},
        {"change.unknown-outcome", "23514", "unknown outcome %", nullptr,
         [](const QStringList &p) { return StoreErrors::tr("unknown outcome %1").arg(p.at(0)); }},
        {"review.not-needed", "23514", "change % needs no post-implementation review", nullptr,
         [](const QStringList &p) { return StoreErrors::tr("change %1 needs no post-implementation review").arg(p.at(0)); }},
        {"review.already-done", "23514", "change % was already reviewed", nullptr,
         [](const QStringList &p) { return StoreErrors::tr("change %1 was already reviewed").arg(p.at(0)); }},
        {"review.needs-findings", "23514", "a review needs its findings in a comment", nullptr,
         [](const QStringList &) { return StoreErrors::tr("a review needs its findings in a comment"); }},
        {"review.before-close", "23514", "emergency change % cannot be closed before the CAB's post-implementation review",
         nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("emergency change %1 cannot be closed before the CAB's post-implementation review")
                 .arg(p.at(0));
         }},
        {"change.unschedule-needs-reason", "23514", "returning a scheduled change to approved needs a reason", nullptr,
         [](const QStringList &) { return StoreErrors::tr("returning a scheduled change to approved needs a reason"); }},
        // --- overrides
        {"override.unknown-role", "23514", "unknown role %", nullptr,
         [](const QStringList &p) { return StoreErrors::tr("unknown role %1").arg(p.at(0)); }},
        {"override.freeze-needs-reason", "23514", "a freeze override needs the rule and a reason", nullptr,
         [](const QStringList &) { return StoreErrors::tr("a freeze override needs the rule and a reason"); }},
        {"override.gate-needs-reason", "23514", "a gate override needs the gate and a reason", nullptr,
         [](const QStringList &) { return StoreErrors::tr("a gate override needs the gate and a reason"); }},
        // --- break-glass access
        {"break-glass.role-not-grantable", "23514", "break-glass access cannot grant role %", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("break-glass access cannot grant role %1").arg(StoreErrors::roleName(p.at(0)));
         }},
        {"break-glass.needs-reason", "23514", "break-glass access needs a reason", nullptr,
         [](const QStringList &) { return StoreErrors::tr("break-glass access needs a reason"); }},
        {"break-glass.expiry", "23514", "break-glass access must expire within the next 24 hours", nullptr,
         [](const QStringList &) { return StoreErrors::tr("break-glass access must expire within the next 24 hours"); }},
        {"break-glass.no-login-role", "23514", "no login role %", nullptr,
         [](const QStringList &p) { return StoreErrors::tr("no login role %1").arg(p.at(0)); }},
        // --- policy documents
        {"policy-document.shape", "23514", "a policy document needs \"tiers\" and \"environments\" objects", nullptr,
         [](const QStringList &) { return StoreErrors::tr("a policy document needs \"tiers\" and \"environments\" objects"); }},
        {"policy-document.tier-not-object", "23514", "policy for tier % is not an object", nullptr,
         [](const QStringList &p) { return StoreErrors::tr("policy for tier %1 is not an object").arg(p.at(0)); }},
        {"policy-document.bad-approval", "23514",
         "policy for tier %: approval % is not a known role with a count of at least 1", nullptr,
         [](const QStringList &p) {
             return StoreErrors::tr("policy for tier %1: approval %2 is not a known role with a count of at least 1")
                 .arg(p.at(0), p.at(1));
         }},
        {"policy-document.bad-override-roles", "23514", "policy for tier %: %OverrideRoles must be a list of known roles",
         "^policy for tier (.+?): (freeze|gate)OverrideRoles must be a list of known roles$",
         [](const QStringList &p) {
             return StoreErrors::tr("policy for tier %1: %2OverrideRoles must be a list of known roles").arg(p.at(0), p.at(1));
         }},
        // --- audit
        {"audit.append-only", "42501", "audit_log is append-only: % is not allowed", nullptr,
         [](const QStringList &p) { return StoreErrors::tr("audit_log is append-only: %1 is not allowed").arg(p.at(0)); }},
    };
    return entries;
}

QRegularExpression patternOf(const Entry &entry)
{
    if (entry.pattern)
        return QRegularExpression(QString::fromUtf8(entry.pattern));
    const QStringList literals = QString::fromUtf8(entry.format).split(QLatin1Char('%'));
    QStringList escaped;
    for (const QString &literal : literals)
        escaped.append(QRegularExpression::escape(literal));
    return QRegularExpression(QLatin1Char('^') + escaped.join(QStringLiteral("(.+?)")) + QLatin1Char('$'));
}

const std::vector<QRegularExpression> &patterns()
{
    static const std::vector<QRegularExpression> compiled = [] {
        std::vector<QRegularExpression> list;
        for (const Entry &entry : catalogue())
            list.push_back(patternOf(entry));
        return list;
    }();
    return compiled;
}

} // namespace

QString StoreErrors::roleName(const QString &role)
{
    if (role == QLatin1String("requester"))
        return tr("requester", "role");
    if (role == QLatin1String("cab-member"))
        return tr("cab-member", "role");
    if (role == QLatin1String("business-owner"))
        return tr("business-owner", "role");
    if (role == QLatin1String("release-manager"))
        return tr("release-manager", "role");
    if (role == QLatin1String("support"))
        return tr("support", "role");
    if (role == QLatin1String("admin"))
        return tr("admin", "role");
    if (role == QLatin1String("nobody"))
        return tr("nobody", "role");
    return role;
}

std::optional<StoreRefusal> StoreErrors::recognise(const QString &sqlstate, const QString &databaseMessage)
{
    const std::vector<Entry> &entries = catalogue();
    const std::vector<QRegularExpression> &compiled = patterns();
    const QString text = databaseMessage.trimmed();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!sqlstate.isEmpty() && sqlstate != QLatin1String(entries[i].sqlstate))
            continue;
        const QRegularExpressionMatch match = compiled[i].match(text);
        if (!match.hasMatch())
            continue;
        StoreRefusal refusal;
        refusal.code = QString::fromLatin1(entries[i].code);
        for (int group = 1; group <= match.lastCapturedIndex(); ++group)
            refusal.arguments.append(match.captured(group));
        refusal.message = entries[i].render(refusal.arguments);
        if (refusal.message.isEmpty())
            return std::nullopt;
        return refusal;
    }
    return std::nullopt;
}

QString StoreErrors::message(const QString &sqlstate, const QString &databaseMessage)
{
    if (const auto refusal = recognise(sqlstate, databaseMessage))
        return refusal->message;
    return databaseMessage;
}

QStringList StoreErrors::formats()
{
    QStringList list;
    for (const Entry &entry : catalogue())
        list.append(QString::fromUtf8(entry.format));
    return list;
}

} // namespace Gatehouse::Services
