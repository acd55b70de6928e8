#include "changedetailpane.h"

#include "emptystate.h"
#include "futurecallback.h"
#include "plural.h"

#include "models/changerequestmodel.h"
#include "models/conflictchecker.h"
#include "models/gateinputs.h"
#include "models/impactanalysis.h"
#include "models/riskscore.h"
#include "services/controlstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;
using Services::ControlStore;
using Action = ChangeDetailPane::Action;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString utc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                        : QString();
}

QString fact(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding:1px 12px 1px 0; white-space:nowrap'><b>") + esc(label)
        + QStringLiteral("</b></td><td style='padding:1px 0'>") + esc(value) + QStringLiteral("</td></tr>");
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QLabel *richLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTreeWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels(headers);
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->setMinimumHeight(tree->fontMetrics().height() * 6);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString outcomeText(GateResult::Outcome outcome)
{
    switch (outcome) {
    case GateResult::Outcome::Pass:
        return ChangeDetailPane::tr("✔ pass");
    case GateResult::Outcome::Fail:
        return ChangeDetailPane::tr("✘ fail");
    case GateResult::Outcome::Unknown:
        break;
    }
    return ChangeDetailPane::tr("? unknown");
}

QString decisionText(Approval::Decision decision)
{
    switch (decision) {
    case Approval::Decision::Approve:
        return ChangeDetailPane::tr("approve");
    case Approval::Decision::Reject:
        return ChangeDetailPane::tr("reject");
    case Approval::Decision::RequestChanges:
        break;
    }
    return ChangeDetailPane::tr("request changes");
}

QString actionText(Action action)
{
    switch (action) {
    case Action::Submit:
        return ChangeDetailPane::tr("Submit");
    case Action::Assess:
        return ChangeDetailPane::tr("Assess");
    case Action::Approve:
        return ChangeDetailPane::tr("Approve");
    case Action::Reject:
        return ChangeDetailPane::tr("Reject");
    case Action::RequestChanges:
        return ChangeDetailPane::tr("Request changes");
    case Action::Schedule:
        return ChangeDetailPane::tr("Schedule");
    case Action::Start:
        return ChangeDetailPane::tr("Start");
    case Action::Complete:
        return ChangeDetailPane::tr("Complete");
    case Action::RollBack:
        return ChangeDetailPane::tr("Rolled back");
    case Action::Fail:
        return ChangeDetailPane::tr("Failed");
    case Action::Review:
        return ChangeDetailPane::tr("Record review");
    case Action::Close:
        return ChangeDetailPane::tr("Close");
    case Action::OverrideGate:
        return ChangeDetailPane::tr("Override gate");
    case Action::Comment:
        break;
    }
    return ChangeDetailPane::tr("Comment");
}

QString objectNameOf(Action action)
{
    switch (action) {
    case Action::Submit:
        return QStringLiteral("submitButton");
    case Action::Assess:
        return QStringLiteral("assessButton");
    case Action::Approve:
        return QStringLiteral("approveButton");
    case Action::Reject:
        return QStringLiteral("rejectButton");
    case Action::RequestChanges:
        return QStringLiteral("requestChangesButton");
    case Action::Schedule:
        return QStringLiteral("scheduleButton");
    case Action::Start:
        return QStringLiteral("startButton");
    case Action::Complete:
        return QStringLiteral("completeButton");
    case Action::RollBack:
        return QStringLiteral("rollBackButton");
    case Action::Fail:
        return QStringLiteral("failButton");
    case Action::Review:
        return QStringLiteral("reviewButton");
    case Action::Close:
        return QStringLiteral("closeButton");
    case Action::OverrideGate:
        return QStringLiteral("overrideGateButton");
    case Action::Comment:
        break;
    }
    return QStringLiteral("commentButton");
}

// The states each lifecycle action starts from (as gatehouse_expect_state checks).
QList<ChangeState> fromStates(Action action)
{
    switch (action) {
    case Action::Submit:
        return {ChangeState::Draft};
    case Action::Assess:
        return {ChangeState::Submitted};
    case Action::Approve:
        return {ChangeState::Assessed};
    case Action::Reject:
    case Action::RequestChanges:
        return {ChangeState::Submitted, ChangeState::Assessed};
    case Action::Schedule:
        return {ChangeState::Approved};
    case Action::Start:
        return {ChangeState::Scheduled};
    case Action::Complete:
    case Action::RollBack:
    case Action::Fail:
        return {ChangeState::InProgress};
    case Action::Review:
        return {ChangeState::Completed, ChangeState::RolledBack, ChangeState::Failed};
    case Action::Close:
        return {ChangeState::Completed, ChangeState::RolledBack, ChangeState::Failed, ChangeState::Rejected};
    case Action::OverrideGate:
        return {ChangeState::Assessed, ChangeState::Approved, ChangeState::Scheduled, ChangeState::InProgress};
    case Action::Comment:
        break;
    }
    return {};
}

constexpr Action kAllActions[] = {Action::Submit,  Action::Assess,   Action::Approve, Action::Reject, Action::RequestChanges,
                                  Action::Schedule, Action::Start,   Action::Complete, Action::RollBack, Action::Fail,
                                  Action::Review,   Action::Close,   Action::OverrideGate, Action::Comment};

} // namespace

struct ChangeDetailPane::Load
{
    qint64 generation = 0;
    int pending = 0;
    QString error;
    ChangeRecord record;
    QList<GateOverride> overrides;
    QList<CompletedArtifact> completed;
    QList<ChangeRequest> history; ///< every stored change, for the risk's history
};

ChangeDetailPane::ChangeDetailPane(ControlStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_empty(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_banner(new QLabel(m_content))
    , m_facts(richLabel(m_content, QStringLiteral("changeFacts")))
    , m_scope(richLabel(m_content, QStringLiteral("changeScope")))
    , m_blast(richLabel(m_content, QStringLiteral("changeBlastRadius")))
    , m_risk(richLabel(m_content, QStringLiteral("changeRisk")))
    , m_gates(table(m_content, QStringLiteral("changeGates"), {tr("Gate"), tr("Outcome"), tr("Evaluated"), tr("Evidence")}))
    , m_approvals(table(m_content, QStringLiteral("changeApprovals"),
                        {tr("When (UTC)"), tr("Who"), tr("Role"), tr("Decision"), tr("Comment"), tr("Counts")}))
    , m_comments(table(m_content, QStringLiteral("changeComments"), {tr("When (UTC)"), tr("Who"), tr("Comment")}))
    , m_audit(table(m_content, QStringLiteral("auditList"), {tr("When (UTC)"), tr("Who"), tr("What"), tr("Detail")}))
    , m_comment(new QPlainTextEdit(this))
    , m_role(new QComboBox(this))
    , m_riskInput(new QSpinBox(this))
    , m_why(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("changeDetailPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *stack = new QStackedWidget(this);
    outer->addWidget(stack);
    m_empty->setTitle(tr("No change selected"));
    m_empty->setText(tr("Select a change to see its scope, risk, gates, approvals and audit history."));
    m_empty->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    stack->addWidget(m_empty);

    auto *page = new QWidget(stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    pageLayout->addWidget(scroll, 1);
    stack->addWidget(page);
    connect(this, &ChangeDetailPane::loaded, stack, [stack] { stack->setCurrentIndex(1); });

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 4, 12, 4);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("changeTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_banner->setObjectName(QStringLiteral("emergencyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("background:#c0392b; color:white; font-weight:bold; border-radius:3px"));
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(m_facts);
    layout->addWidget(sectionLabel(tr("Scope"), m_content));
    layout->addWidget(m_scope);
    layout->addWidget(sectionLabel(tr("Blast radius"), m_content));
    layout->addWidget(m_blast);
    layout->addWidget(sectionLabel(tr("Risk"), m_content));
    layout->addWidget(m_risk);
    layout->addWidget(sectionLabel(tr("Gates"), m_content));
    m_gates->setColumnWidth(0, 90);
    m_gates->setColumnWidth(1, 90);
    m_gates->setColumnWidth(2, 175);
    m_gates->setMinimumHeight(m_gates->fontMetrics().height() * 20);
    layout->addWidget(m_gates);
    layout->addWidget(sectionLabel(tr("Approvals"), m_content));
    m_approvals->setColumnWidth(0, 140);
    m_approvals->setColumnWidth(1, 80);
    m_approvals->setColumnWidth(2, 110);
    m_approvals->setColumnWidth(3, 100);
    m_approvals->setColumnWidth(4, 160);
    layout->addWidget(m_approvals);
    layout->addWidget(sectionLabel(tr("Comments"), m_content));
    m_comments->setColumnWidth(0, 140);
    m_comments->setColumnWidth(1, 80);
    layout->addWidget(m_comments);
    layout->addWidget(sectionLabel(tr("Audit history"), m_content));
    m_audit->setColumnWidth(0, 140);
    m_audit->setColumnWidth(1, 80);
    m_audit->setColumnWidth(2, 170);
    layout->addWidget(m_audit);

    // The actions stay visible below the scrolling facts.
    auto *actions = new QWidget(page);
    actions->setObjectName(QStringLiteral("changeActions"));
    auto *actionsLayout = new QVBoxLayout(actions);
    actionsLayout->setContentsMargins(12, 4, 12, 4);
    m_comment->setObjectName(QStringLiteral("actionComment"));
    m_comment->setPlaceholderText(tr("Comment for your decision or action (required to reject, request changes or review)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().height() * 3 + 12);
    actionsLayout->addWidget(m_comment);
    auto *options = new QHBoxLayout;
    auto *roleLabel = new QLabel(tr("Approve &as:"), actions);
    roleLabel->setBuddy(m_role);
    m_role->setObjectName(QStringLiteral("approveRoleCombo"));
    options->addWidget(roleLabel);
    options->addWidget(m_role);
    auto *riskLabel = new QLabel(tr("Assessed &risk:"), actions);
    riskLabel->setBuddy(m_riskInput);
    m_riskInput->setObjectName(QStringLiteral("riskInput"));
    m_riskInput->setRange(0, 100);
    options->addWidget(riskLabel);
    options->addWidget(m_riskInput);
    options->addStretch(1);
    actionsLayout->addLayout(options);
    // One row: only the actions the state allows are visible, so it never gets long.
    auto *buttons = new QHBoxLayout;
    for (Action action : kAllActions) {
        auto *button = new QPushButton(actionText(action), actions);
        button->setObjectName(objectNameOf(action));
        m_buttons.insert(action, button);
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    actionsLayout->addLayout(buttons);
    m_why->setObjectName(QStringLiteral("actionBlockedReasons"));
    m_why->setWordWrap(true);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    actionsLayout->addWidget(m_why);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    actionsLayout->addWidget(m_message);
    pageLayout->addWidget(actions);

    connect(m_comment, &QPlainTextEdit::textChanged, this, &ChangeDetailPane::renderActions);
    connect(m_gates, &QTreeWidget::currentItemChanged, this, &ChangeDetailPane::renderActions);

    if (m_store) {
        connect(m_store, &ControlStore::changesChanged, this, &ChangeDetailPane::reload);
        connect(m_store, &ControlStore::connectionStateChanged, this, [this](ControlStore::ConnectionState state) {
            if (state == ControlStore::ConnectionState::Connected) {
                loadIdentity();
                reload();
            }
        });
        if (m_store->connectionState() == ControlStore::ConnectionState::Connected)
            loadIdentity();
    }
    renderActions();
}

ChangeDetailPane::~ChangeDetailPane() = default;

void ChangeDetailPane::setEstate(const EstatePtr &estate, std::shared_ptr<const ImpactAnalysis> analysis)
{
    m_estate = estate;
    m_analysis = std::move(analysis);
    m_stagingEnvironments.clear();
    if (m_estate) {
        for (const Environment &env : m_estate->environments) {
            if (env.tier == Tier::Staging)
                m_stagingEnvironments.append(env.name);
        }
    }
    if (m_loaded)
        reload();
}

void ChangeDetailPane::setGateResults(const QList<GateResult> &results)
{
    m_gateResults = results;
    if (m_loaded)
        render();
}

void ChangeDetailPane::setChangeId(qint64 id)
{
    if (id == m_changeId)
        return;
    m_changeId = id;
    m_loaded = false;
    m_record = {};
    if (m_gateSource)
        m_gateResults.clear();
    m_message->hide();
    m_comment->clear();
    ++m_generation; // answers for the previous change are dropped
    m_loading = false;
    m_loadAgain = false;
    if (id == 0) {
        qobject_cast<QStackedWidget *>(m_empty->parentWidget())->setCurrentIndex(0);
        renderActions();
        return;
    }
    startLoad();
}

void ChangeDetailPane::reload()
{
    if (m_changeId == 0)
        return;
    if (m_loading) {
        m_loadAgain = true;
        return;
    }
    startLoad();
}

void ChangeDetailPane::loadIdentity()
{
    if (!m_store)
        return;
    whenFinished(m_store->currentUser(), this, [this](const Result<QString> &user) {
        if (user.ok())
            m_user = user.value();
        renderActions();
    });
    whenFinished(m_store->myRoles(), this, [this](const Result<QList<HeldRole>> &roles) {
        if (roles.ok()) {
            m_roles = roles.value();
            m_identityKnown = true;
        }
        renderActions();
    });
}

void ChangeDetailPane::startLoad()
{
    if (!m_store)
        return;
    m_loading = true;
    auto load = std::make_shared<Load>();
    load->generation = m_generation;
    load->pending = 8;
    const qint64 id = m_changeId;
    auto done = [this, load](const QString &error) {
        if (!error.isEmpty() && load->error.isEmpty())
            load->error = error;
        if (--load->pending == 0)
            finishLoad(load);
    };
    whenFinished(m_store->change(id), this, [load, done](const Result<ChangeRequest> &r) {
        if (r.ok())
            load->record.change = r.value();
        done(r.ok() ? QString() : r.error().message);
    }, [done] { done(tr("the control store was closed")); });
    whenFinished(m_store->scope(id), this, [load, done](const Result<ChangeScope> &r) {
        if (r.ok())
            load->record.scope = r.value();
        done(r.ok() ? QString() : r.error().message);
    }, [done] { done(tr("the control store was closed")); });
    whenFinished(m_store->approvals(id), this, [load, done](const Result<QList<Approval>> &r) {
        if (r.ok())
            load->record.approvals = r.value();
        done(r.ok() ? QString() : r.error().message);
    }, [done] { done(tr("the control store was closed")); });
    whenFinished(m_store->comments(id), this, [load, done](const Result<QList<ChangeComment>> &r) {
        if (r.ok())
            load->record.comments = r.value();
        done(r.ok() ? QString() : r.error().message);
    }, [done] { done(tr("the control store was closed")); });
    whenFinished(m_store->auditLog(id), this, [load, done](const Result<QList<AuditEntry>> &r) {
        if (r.ok())
            load->record.audit = r.value();
        done(r.ok() ? QString() : r.error().message);
    }, [done] { done(tr("the control store was closed")); });
    whenFinished(m_store->gateOverrides(id), this, [load, done](const Result<QList<GateOverride>> &r) {
        if (r.ok())
            load->overrides = r.value();
        done(r.ok() ? QString() : r.error().message);
    }, [done] { done(tr("the control store was closed")); });
    // The history is a refinement: without it the risk uses its defaults, so a failed
    // read does not mark the change as partly loaded.
    whenFinished(m_store->listChanges(), this, [load, done](const Result<QList<ChangeRequest>> &r) {
        if (r.ok())
            load->history = r.value();
        done({});
    }, [done] { done({}); });
    if (m_stagingEnvironments.isEmpty()) {
        done({});
    } else {
        whenFinished(m_store->completedArtifacts(m_stagingEnvironments), this,
                     [load, done](const Result<QList<CompletedArtifact>> &r) {
                         if (r.ok())
                             load->completed = r.value();
                         done(r.ok() ? QString() : r.error().message);
                     }, [done] { done(tr("the control store was closed")); });
    }
}

void ChangeDetailPane::finishLoad(const std::shared_ptr<Load> &load)
{
    if (load->generation != m_generation)
        return; // another change was selected meanwhile
    m_loading = false;
    if (!load->error.isEmpty() && load->record.change.id == 0) {
        setMessage(tr("Could not load change #%1: %2").arg(m_changeId).arg(load->error), true);
    } else {
        const std::optional<AuditChainReport> chain = m_record.chain;
        m_record = load->record;
        m_record.chain = chain;
        m_overrides = load->overrides;
        m_completed = load->completed;
        m_history = load->history;
        fitRiskHistory();
        m_loaded = true;
        render();
        askGates();
        if (!load->error.isEmpty())
            setMessage(tr("Part of the change could not be loaded: %1").arg(load->error), true);
        Q_EMIT loaded(m_changeId);
    }
    if (m_loadAgain) {
        m_loadAgain = false;
        startLoad();
    }
}

const Policy *ChangeDetailPane::policy() const
{
    if (!m_estate)
        return nullptr;
    const Environment *env = m_estate->environment(m_record.change.environment);
    return env ? m_estate->policyForTier(env->tier) : nullptr;
}

bool ChangeDetailPane::holds(const QString &role) const
{
    for (const HeldRole &held : m_roles) {
        if (held.role == role)
            return true;
    }
    return false;
}

QStringList ChangeDetailPane::approvableRoles() const
{
    QStringList roles;
    const Policy *p = policy();
    const bool emergency = m_record.change.type == ChangeType::Emergency && p && p->emergencyAllowed;
    const QList<ApprovalRequirement> required = p ? (emergency ? p->emergencyApprovals : p->approvals)
                                                  : QList<ApprovalRequirement>{};
    if (required.isEmpty()) {
        for (const QString &role : {QStringLiteral("cab-member"), QStringLiteral("business-owner"),
                                    QStringLiteral("release-manager")}) {
            if (holds(role))
                roles.append(role);
        }
        return roles;
    }
    for (const ApprovalRequirement &req : required) {
        if (holds(req.role) && !roles.contains(req.role))
            roles.append(req.role);
    }
    return roles;
}

void ChangeDetailPane::fitRiskHistory()
{
    // Each finished change's impact is walked in the graph: thousands of them are work for
    // a worker thread, and the risk is drawn again when they are in.
    const std::shared_ptr<const ImpactAnalysis> analysis = m_analysis;
    const EstatePtr estate = m_estate;
    if (!analysis || !estate) {
        m_riskSamples.clear();
        return;
    }
    const quint64 generation = ++m_historyGeneration;
    const qint64 id = m_record.change.id;
    const QList<ChangeRequest> changes = m_history;
    whenFinished(QtConcurrent::run([analysis, estate, changes, id] {
                     return RiskScore::historyFrom(changes, *analysis, *estate, id);
                 }),
                 this, [this, generation](const QList<RiskSample> &samples) {
                     if (generation != m_historyGeneration)
                         return;
                     m_riskSamples = samples;
                     if (m_loaded)
                         render();
                 });
}

QStringList ChangeDetailPane::gatesOfChange() const
{
    return m_estate ? GateInputs::gatesFor(*m_estate, m_record.change.environment) : GateEvaluation::defaultGates();
}

void ChangeDetailPane::askGates()
{
    if (!m_gateSource)
        return;
    // A reload for another person's comment must not re-read two Odoo databases: ask
    // again when the change itself changed, or after a minute.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString asked = QString::number(m_record.change.id) + QLatin1Char('@') + QString::number(m_record.change.revision)
        + QLatin1Char('/') + Models::toString(m_record.change.state);
    if (asked == m_gatesAskedFor && m_gatesAskedAt.isValid() && m_gatesAskedAt.secsTo(now) < 60)
        return;
    m_gatesAskedFor = asked;
    m_gatesAskedAt = now;
    const quint64 generation = ++m_gateGeneration;
    const qint64 id = m_record.change.id;
    whenFinished(m_gateSource(m_record.change, m_record.scope, m_record.change.environment, gatesOfChange()), this,
                 [this, generation, id](const QList<GateResult> &results) {
                     if (generation != m_gateGeneration || id != m_record.change.id)
                         return;
                     m_gateResults = results;
                     if (m_loaded)
                         render();
                 });
}

GateReport ChangeDetailPane::evaluateGates() const
{
    GateEvaluation evaluation(m_record.change, m_record.change.environment, gatesOfChange());
    evaluation.setApprovals(m_record.approvals);
    evaluation.setScope(m_record.scope);
    if (!m_stagingEnvironments.isEmpty())
        evaluation.setStagingEvidence(m_stagingEnvironments, m_completed);
    evaluation.setOverrides(m_overrides);
    for (const GateResult &result : m_gateResults) {
        if (result.environment.isEmpty() || result.environment == m_record.change.environment)
            evaluation.setResult(result);
    }
    return evaluation.evaluate(QDateTime::currentDateTimeUtc());
}

void ChangeDetailPane::render()
{
    const ChangeRequest &c = m_record.change;
    const ChangeScope &s = m_record.scope;
    m_title->setText(QStringLiteral("#") + QString::number(c.id) + QStringLiteral("  ") + c.title);
    if (c.type == ChangeType::Emergency) {
        m_banner->setText(c.reviewRequired && !c.reviewedAt.isValid() && c.reviewDueAt.isValid()
                              ? tr("⚡ Emergency change — the CAB's post-implementation review is due by %1.")
                                    .arg(utc(c.reviewDueAt))
                              : tr("⚡ Emergency change — approved under the emergency policy and always reviewed "
                                   "by the CAB afterwards."));
        m_banner->show();
    } else {
        m_banner->hide();
    }

    QString facts = QStringLiteral("<table>");
    facts += fact(tr("State"), ChangeRequestModel::stateText(c.state));
    facts += fact(tr("Type"), ChangeRequestModel::typeText(c.type));
    facts += fact(tr("Environment"), c.environment);
    facts += fact(tr("Window"), ChangeRequestModel::windowText(c));
    facts += fact(tr("Requested by"), c.requester);
    facts += fact(tr("Implementer"), c.implementer.isEmpty() ? tr("not named yet") : c.implementer);
    facts += fact(tr("Assessed risk"), c.riskScore < 0 ? tr("not assessed yet") : tr("%1 / 100").arg(c.riskScore));
    facts += fact(tr("Revision"), QString::number(c.revision));
    if (c.approvedPolicyVersion > 0)
        facts += fact(tr("Approved under"), tr("policy version %1").arg(c.approvedPolicyVersion));
    if (c.reviewRequired)
        facts += fact(tr("Post-implementation review"),
                      c.reviewedAt.isValid() ? tr("recorded by %1 at %2").arg(c.reviewedBy, utc(c.reviewedAt))
                                             : tr("outstanding"));
    facts += fact(tr("Updated"), utc(c.updatedAt));
    facts += QStringLiteral("</table>");
    if (!c.description.isEmpty())
        facts += QStringLiteral("<p>") + esc(c.description) + QStringLiteral("</p>");
    m_facts->setText(facts);

    // Scope parts, application and infrastructure apart.
    QString scope;
    auto list = [&scope](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        scope += QStringLiteral("<b>") + esc(heading) + QStringLiteral("</b><ul style='margin-top:0'>");
        for (const QString &item : items)
            scope += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
        scope += QStringLiteral("</ul>");
    };
    list(tr("Integrations"), c.integrations);
    QStringList workloads;
    for (const WorkloadChange &w : s.workloads)
        workloads.append(tr("%1 → %2").arg(w.name, w.image));
    if (workloads.isEmpty())
        workloads = c.workloads;
    list(tr("Workloads and images"), workloads);
    QStringList modules;
    for (const ModuleChange &m : s.modules)
        modules.append(tr("%1 %2").arg(m.name, m.version));
    list(tr("Odoo modules"), modules);
    QStringList migrations;
    for (const MigrationChange &m : s.migrations)
        migrations.append(tr("%1 — pre-checks: %2; lock impact: %3; rollback: %4")
                              .arg(m.name, m.preChecks.isEmpty() ? tr("none") : m.preChecks.join(QStringLiteral(", ")),
                                   m.lockImpact.isEmpty() ? tr("not stated") : m.lockImpact,
                                   m.rollbackPlan.isEmpty() ? tr("not stated") : m.rollbackPlan));
    list(tr("Database migrations"), migrations);
    QStringList infrastructure;
    for (const InfrastructureChange &i : s.infrastructure)
        infrastructure.append(tr("%1 — %2").arg(i.component, i.description));
    list(tr("Infrastructure (kept apart from application changes)"), infrastructure);
    scope += QStringLiteral("<b>") + esc(tr("Rollback plan:")) + QStringLiteral("</b> ")
        + esc(s.rollbackPlan.isEmpty() ? tr("none recorded") : s.rollbackPlan) + QStringLiteral("<br>");
    QStringList criteria;
    for (const RollbackCriterion &r : s.rollbackCriteria)
        criteria.append(tr("%1: %2 %3 %4 for %5 s → %6")
                            .arg(r.name, r.query, r.comparison, QString::number(r.threshold))
                            .arg(r.durationSeconds)
                            .arg(r.action));
    list(tr("Rollback criteria"), criteria);
    m_scope->setText(scope);

    // Blast radius and risk from the estate's dependency graph.
    std::optional<ImpactReport> impact;
    QStringList changedWorkloads = c.workloads;
    for (const WorkloadChange &w : s.workloads) {
        if (!changedWorkloads.contains(w.name))
            changedWorkloads.append(w.name);
    }
    const QStringList changedIntegrations = s.integrations.isEmpty() ? c.integrations : s.integrations;
    if (m_analysis)
        impact = m_analysis->analyse(changedIntegrations, changedWorkloads);
    if (!impact) {
        m_blast->setText(esc(tr("Unknown: no estate is open, so the dependency graph is not available.")));
    } else {
        int fails = 0;
        for (const AffectedIntegration &a : impact->integrations)
            fails += a.kind == ImpactKind::Fails ? 1 : 0;
        const int degrades = int(impact->integrations.size()) - fails;
        auto names = [](const QList<AffectedItem> &items) {
            QStringList out;
            for (const AffectedItem &item : items)
                out.append(item.name);
            return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
        };
        QString text = esc(plural(tr("If it goes wrong, %n integration(s) fail", nullptr, fails), fails)
                           + QStringLiteral(" ") + plural(tr("and %n degrade.", nullptr, degrades), degrades));
        text += QStringLiteral("<br>") + esc(tr("Business processes: %1").arg(names(impact->processes)));
        text += QStringLiteral("<br>") + esc(tr("Partners: %1").arg(names(impact->partners)));
        text += QStringLiteral("<br>") + esc(tr("Sites: %1").arg(names(impact->sites)));
        m_blast->setText(text);
    }
    RiskInputs inputs = impact && m_estate ? RiskScore::fromImpact(*impact, *m_estate) : RiskInputs{};
    inputs.migrationsPresent = !s.migrations.isEmpty();
    inputs.changeSize = s.size();
    if (m_calendar) {
        if (const std::shared_ptr<const ConflictChecker> checker = m_calendar())
            inputs.hoursToBusinessCycle = GateInputs::hoursToBusinessCycle(checker->engine(), c);
    }
    RiskScore::countSimilar(c, changedIntegrations, changedWorkloads, m_history, inputs);
    const RiskAssessment risk = RiskScore::assess(inputs, m_riskSamples);
    m_record.risk = risk;
    QString riskHtml = QStringLiteral("<b>") + esc(tr("Computed risk %1 / 100").arg(risk.score))
        + QStringLiteral("</b> — ") + esc(risk.method);
    if (!impact)
        riskHtml += QStringLiteral("<br><i>") + esc(tr("Without the estate the impact factors count as zero."))
            + QStringLiteral("</i>");
    riskHtml += QStringLiteral("<table>");
    for (const RiskFactor &f : risk.breakdown)
        riskHtml += QStringLiteral("<tr><td style='padding-right:10px'>") + esc(f.label)
            + QStringLiteral("</td><td align='right' style='padding-right:10px'>")
            + esc(QString::asprintf("%+.1f", f.contribution)) + QStringLiteral("</td><td>") + esc(f.explanation)
            + QStringLiteral("</td></tr>");
    riskHtml += QStringLiteral("</table>");
    m_risk->setText(riskHtml);
    if (c.riskScore < 0)
        m_riskInput->setValue(risk.score);
    else
        m_riskInput->setValue(c.riskScore);

    // Gates with their evidence and evaluation time.
    m_record.gates = evaluateGates();
    const QString selectedGate = m_gates->currentItem() ? m_gates->currentItem()->data(0, Qt::UserRole).toString() : QString();
    QSignalBlocker keepSelection(m_gates);
    m_gates->clear();
    for (const GateResult &g : m_record.gates.gates) {
        auto *item = new QTreeWidgetItem(m_gates);
        item->setText(0, g.gate);
        item->setData(0, Qt::UserRole, g.gate);
        if (g.gate == selectedGate)
            m_gates->setCurrentItem(item);
        QString outcome = outcomeText(g.outcome);
        if (m_record.gates.overridden.contains(g.gate))
            outcome += QLatin1Char(' ') + tr("(overridden)");
        item->setText(1, outcome);
        item->setText(2, utc(g.evaluatedAt));
        QString evidence = g.summary;
        for (const QString &e : g.evidence)
            evidence += QStringLiteral("\n• ") + e;
        if (m_record.gates.overridden.contains(g.gate)) {
            const GateOverride &o = m_record.gates.overridden.value(g.gate);
            evidence += QLatin1Char('\n') + tr("Override by %1 at %2: %3").arg(o.by, utc(o.at), o.reason);
        }
        item->setText(3, evidence);
        item->setToolTip(3, evidence);
        item->setData(1, Qt::UserRole, Models::toString(g.outcome));
        const QColor colour = g.outcome == GateResult::Outcome::Pass ? QColor(0x1e, 0x84, 0x49)
            : g.outcome == GateResult::Outcome::Fail                ? QColor(0xc0, 0x39, 0x2b)
                                                                     : QColor(0xb9, 0x77, 0x0e);
        item->setForeground(1, colour);
    }

    m_approvals->clear();
    for (const Approval &a : m_record.approvals) {
        auto *item = new QTreeWidgetItem(m_approvals);
        item->setText(0, a.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, a.approver);
        item->setText(2, a.role);
        item->setText(3, decisionText(a.decision));
        item->setText(4, a.comment);
        item->setToolTip(4, a.comment);
        if (a.voidedAt.isValid()) {
            item->setText(5, tr("void: %1").arg(a.voidReason));
            item->setToolTip(5, tr("Void since %1: %2").arg(utc(a.voidedAt), a.voidReason));
            QFont font = item->font(0);
            font.setStrikeOut(true);
            for (int col = 0; col < 5; ++col) {
                item->setFont(col, font);
                item->setForeground(col, palette().color(QPalette::PlaceholderText));
            }
        } else {
            item->setText(5, a.decision == Approval::Decision::Approve ? tr("counts") : tr("decision"));
        }
    }
    m_comments->clear();
    for (const ChangeComment &cm : m_record.comments) {
        auto *item = new QTreeWidgetItem(m_comments);
        item->setText(0, cm.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, cm.author);
        item->setText(2, cm.body);
        item->setToolTip(2, cm.body);
    }
    m_audit->clear();
    for (const AuditEntry &entry : m_record.audit) {
        auto *item = new QTreeWidgetItem(m_audit);
        item->setText(0, entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, entry.actor);
        item->setText(2, entry.action);
        item->setText(3, entry.detail);
        item->setToolTip(3, entry.detail);
    }
    renderActions();
}

QString ChangeDetailPane::blockedReason(Action action) const
{
    if (!m_store)
        return tr("No control store is connected.");
    if (!m_loaded)
        return tr("The change has not loaded yet.");
    if (m_busy)
        return tr("Another action is still running.");
    const ChangeRequest &c = m_record.change;
    const QList<ChangeState> states = fromStates(action);
    if (!states.isEmpty() && !states.contains(c.state))
        return tr("Not possible while the change is %1.").arg(ChangeRequestModel::stateText(c.state).toLower());
    const bool me = !m_user.isEmpty();
    const bool requester = me && c.requester == m_user;
    const bool implementer = me && c.implementer == m_user;
    const bool commentGiven = !m_comment->toPlainText().trimmed().isEmpty();
    auto anyRole = [this](std::initializer_list<const char *> roles) {
        for (const char *role : roles) {
            if (holds(QLatin1String(role)))
                return true;
        }
        return false;
    };
    // Role checks wait for the store to say who this is; the database decides anyway.
    const bool known = m_identityKnown;
    switch (action) {
    case Action::Submit:
        if (known && !requester && !holds(QStringLiteral("release-manager")))
            return tr("Only the requester or a release manager may submit it.");
        break;
    case Action::Assess:
        if (known && !anyRole({"cab-member", "release-manager"}))
            return tr("Only a CAB member or a release manager may assess changes.");
        break;
    case Action::Approve: {
        if (requester)
            return tr("You requested this change: separation of duties forbids approving it.");
        if (implementer)
            return tr("You implement this change: separation of duties forbids approving it.");
        for (const Approval &a : m_record.approvals) {
            if (a.isStanding() && a.approver == m_user)
                return tr("You have already approved this change (one person fills one required role).");
        }
        if (known && approvableRoles().isEmpty())
            return tr("You hold none of the roles the policy asks to approve this change.");
        const Policy *p = policy();
        if (p && c.riskScore > p->riskMaxScore)
            return tr("The assessed risk %1 exceeds the policy's maximum of %2.").arg(c.riskScore).arg(p->riskMaxScore);
        break;
    }
    case Action::Reject:
    case Action::RequestChanges:
        if (requester)
            return tr("You requested this change: separation of duties forbids deciding on it.");
        if (known && !anyRole({"cab-member", "business-owner", "release-manager"}))
            return tr("Only a CAB member, business owner or release manager may decide on changes.");
        if (!commentGiven)
            return tr("Say why in the comment first.");
        break;
    case Action::Schedule:
        if (known && !holds(QStringLiteral("release-manager")))
            return tr("Only a release manager may schedule changes.");
        break;
    case Action::Start:
        if (known && !implementer && !holds(QStringLiteral("release-manager")))
            return tr("Only the named implementer or a release manager may start it.");
        for (const Approval &a : m_record.approvals) {
            if (a.isStanding() && a.approver == m_user)
                return tr("You approved this change: separation of duties forbids implementing it.");
        }
        break;
    case Action::Complete:
    case Action::RollBack:
    case Action::Fail:
        if (known && !implementer && !holds(QStringLiteral("release-manager")))
            return tr("Only the implementer or a release manager may finish it.");
        break;
    case Action::Review:
        if (!c.reviewRequired)
            return tr("Only emergency changes need a post-implementation review.");
        if (c.reviewedAt.isValid())
            return tr("The review was already recorded.");
        if (requester || implementer)
            return tr("You requested or implemented this change: someone else on the CAB must review it.");
        if (known && !holds(QStringLiteral("cab-member")))
            return tr("Only a CAB member may review emergency changes.");
        if (!commentGiven)
            return tr("Write the review's findings in the comment first.");
        break;
    case Action::Close:
        if (known && !holds(QStringLiteral("release-manager")))
            return tr("Only a release manager may close changes.");
        if (c.reviewRequired && !c.reviewedAt.isValid())
            return tr("The CAB's post-implementation review must be recorded before it is closed.");
        break;
    case Action::OverrideGate: {
        const QTreeWidgetItem *selected = m_gates->currentItem();
        const QString gate = selected ? selected->data(0, Qt::UserRole).toString() : QString();
        if (gate.isEmpty())
            return tr("Select the gate to override in the gates list.");
        if (selected->data(1, Qt::UserRole).toString() == Models::toString(GateResult::Outcome::Pass))
            return tr("The %1 gate passes: there is nothing to override.").arg(gate);
        if (m_record.gates.overridden.contains(gate))
            return tr("The %1 gate is already overridden.").arg(gate);
        if (requester && policy() && policy()->separationOfDuties)
            return tr("You requested this change: separation of duties forbids overriding its gates.");
        const Policy *p = policy();
        const QStringList roles = p ? p->gateOverrideRoles : QStringList{QStringLiteral("release-manager")};
        if (roles.isEmpty())
            return tr("The policy for this environment lets nobody override gates.");
        bool permitted = false;
        for (const QString &role : roles)
            permitted = permitted || holds(role);
        if (known && !permitted)
            return tr("Only %1 may override gates here.").arg(roles.join(QStringLiteral(", ")));
        if (!commentGiven)
            return tr("Write why the gate may be overridden in the comment first.");
        break;
    }
    case Action::Comment:
        if (!commentGiven)
            return tr("Write the comment first.");
        if (known && m_roles.isEmpty())
            return tr("You hold no Gatehouse role.");
        break;
    }
    return {};
}

void ChangeDetailPane::renderActions()
{
    const QString currentRole = m_role->currentData().toString();
    {
        QSignalBlocker blocker(m_role);
        m_role->clear();
        m_role->addItem(tr("first role still needed"), QString());
        for (const QString &role : approvableRoles())
            m_role->addItem(role, role);
        const int index = m_role->findData(currentRole);
        m_role->setCurrentIndex(index < 0 ? 0 : index);
    }
    QStringList why;
    for (Action action : kAllActions) {
        QPushButton *button = m_buttons.value(action);
        const QList<ChangeState> states = fromStates(action);
        // Only the actions that the change's state allows are shown at all.
        const bool relevant = m_loaded && (states.isEmpty() || states.contains(m_record.change.state))
            && (action != Action::Review || m_record.change.reviewRequired);
        button->setVisible(relevant);
        const QString reason = blockedReason(action);
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason);
        if (relevant && !reason.isEmpty() && action != Action::Comment)
            why.append(tr("%1: %2").arg(actionText(action), reason));
    }
    m_role->setEnabled(m_buttons.value(Action::Approve)->isEnabled());
    m_riskInput->setEnabled(m_buttons.value(Action::Assess)->isEnabled());
    m_why->setText(why.join(QLatin1Char('\n')));
    m_why->setVisible(!why.isEmpty());
}

void ChangeDetailPane::setMessage(const QString &text, bool error)
{
    m_message->setProperty("error", error);
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x39, 0x2b) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

QString ChangeDetailPane::lastError() const
{
    return m_message->property("error").toBool() ? m_message->property("verbatim").toString() : QString();
}

void ChangeDetailPane::runAction(Action action)
{
    if (!m_store || m_changeId == 0 || m_busy)
        return;
    const qint64 id = m_changeId;
    const QString comment = m_comment->toPlainText().trimmed();
    m_busy = true;
    renderActions();
    setMessage(tr("%1…").arg(actionText(action)), false);
    auto finish = [this, action, id](bool ok, const QString &message) {
        m_busy = false;
        if (ok) {
            m_message->setProperty("verbatim", QString());
            setMessage(tr("%1: done.").arg(actionText(action)), false);
            if (id == m_changeId)
                m_comment->clear();
        } else {
            // The refusal is the database's own sentence; show it as it is.
            m_message->setProperty("verbatim", message);
            setMessage(tr("Refused by the control store: %1").arg(message), true);
        }
        renderActions();
        Q_EMIT actionFinished(action, ok, message);
        if (ok)
            reload();
    };
    if (action == Action::OverrideGate) {
        const QTreeWidgetItem *selected = m_gates->currentItem();
        const QString gate = selected ? selected->data(0, Qt::UserRole).toString() : QString();
        whenFinished(m_store->overrideGate(id, m_record.change.environment, gate, comment), this,
                     [finish](const Status &r) { finish(r.ok(), r.ok() ? QString() : r.error().message); },
                     [finish] { finish(false, tr("the control store was closed")); });
        return;
    }
    if (action == Action::Comment) {
        whenFinished(m_store->comment(id, comment), this,
                     [finish](const Result<ChangeComment> &r) { finish(r.ok(), r.ok() ? QString() : r.error().message); },
                     [finish] { finish(false, tr("the control store was closed")); });
        return;
    }
    QFuture<Result<ChangeRequest>> future;
    switch (action) {
    case Action::Submit:
        future = m_store->submit(id, comment);
        break;
    case Action::Assess:
        future = m_store->assess(id, m_riskInput->value(), comment);
        break;
    case Action::Approve:
        future = m_store->approve(id, comment, m_role->currentData().toString());
        break;
    case Action::Reject:
        future = m_store->reject(id, comment);
        break;
    case Action::RequestChanges:
        future = m_store->requestChanges(id, comment);
        break;
    case Action::Schedule:
        future = m_store->schedule(id, comment);
        break;
    case Action::Start:
        future = m_store->start(id, comment);
        break;
    case Action::Complete:
        future = m_store->complete(id, comment);
        break;
    case Action::RollBack:
        future = m_store->rollBack(id, comment);
        break;
    case Action::Fail:
        future = m_store->fail(id, comment);
        break;
    case Action::Review:
        future = m_store->review(id, comment);
        break;
    case Action::Close:
        future = m_store->closeChange(id, comment);
        break;
    case Action::OverrideGate:
    case Action::Comment:
        break;
    }
    whenFinished(future, this, [this, finish](const Result<ChangeRequest> &r) {
        if (r.ok())
            Q_EMIT changeUpdated(r.value());
        finish(r.ok(), r.ok() ? QString() : r.error().message);
    }, [finish] { finish(false, tr("the control store was closed")); });
}

void ChangeDetailPane::exportRecord(const QString &path)
{
    if (!m_store || !m_loaded) {
        Q_EMIT recordExported(path, false, tr("No change is loaded."));
        return;
    }
    const qint64 generation = m_generation;
    whenFinished(m_store->verifyAuditChain(), this, [this, path, generation](const Result<AuditChainReport> &r) {
        if (generation != m_generation) {
            Q_EMIT recordExported(path, false, tr("Another change was selected before the record was written."));
            return;
        }
        ChangeRecord record = m_record;
        if (r.ok()) {
            record.chain = r.value();
            m_record.chain = r.value();
        } else {
            record.chain.reset();
            record.chainError = r.error().message;
        }
        record.store = m_store->description();
        record.generatedAt = QDateTime::currentDateTimeUtc();
        record.generatedBy = m_user;
        const Status written = ChangeRecordPdf::write(record, path);
        Q_EMIT recordExported(path, written.ok(), written.ok() ? QString() : written.error().message);
    }, [this, path] { Q_EMIT recordExported(path, false, tr("the control store was closed")); });
}

} // namespace Gatehouse::Ui
