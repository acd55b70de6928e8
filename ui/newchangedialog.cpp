#include "newchangedialog.h"

#include "futurecallback.h"
#include "plural.h"

#include "models/changerequestmodel.h"
#include "models/impactanalysis.h"
#include "services/controlstore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette p = label->palette();
    // Colour is a hint only; the text itself starts with a warning sign.
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    label->setVisible(!text.isEmpty());
}

QStringList checkedItems(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(Qt::UserRole).toString());
    }
    return names;
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// A tab with a table and Add / Remove buttons under it.
QWidget *tableTab(QTableWidget *table, QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(NewChangeDialog::tr("Add"), tab);
    add->setObjectName(table->objectName() + QStringLiteral("Add"));
    auto *remove = new QPushButton(NewChangeDialog::tr("Remove"), tab);
    remove->setObjectName(table->objectName() + QStringLiteral("Remove"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return tab;
}

} // namespace

NewChangeDialog::NewChangeDialog(EstatePtr estate, std::shared_ptr<const ImpactAnalysis> analysis,
                                 Services::ControlStore *store, QWidget *parent)
    : QDialog(parent)
    , m_estate(std::move(estate))
    , m_analysis(std::move(analysis))
    , m_store(store)
    , m_title(new QLineEdit(this))
    , m_titleError(makeErrorLabel(this, QStringLiteral("titleError")))
    , m_description(new QPlainTextEdit(this))
    , m_environment(new QComboBox(this))
    , m_environmentError(makeErrorLabel(this, QStringLiteral("environmentError")))
    , m_type(new QComboBox(this))
    , m_integrations(new QListWidget(this))
    , m_workloads(new QListWidget(this))
    , m_scopeError(makeErrorLabel(this, QStringLiteral("scopeError")))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_windowError(makeErrorLabel(this, QStringLiteral("windowError")))
    , m_scopeTabs(new QTabWidget(this))
    , m_workloadScope(makeTable(this, QStringLiteral("workloadScopeTable"), {tr("Workload"), tr("New image")}))
    , m_modules(makeTable(this, QStringLiteral("moduleTable"), {tr("Odoo module"), tr("Version")}))
    , m_migrations(makeTable(this, QStringLiteral("migrationTable"),
                             {tr("Migration"), tr("Pre-checks (; separated)"), tr("Expected lock impact"),
                              tr("Rollback plan")}))
    , m_infrastructure(makeTable(this, QStringLiteral("infrastructureTable"), {tr("Component"), tr("What changes")}))
    , m_rollbackPlan(new QPlainTextEdit(this))
    , m_criteria(new QListWidget(this))
    , m_partsError(makeErrorLabel(this, QStringLiteral("partsError")))
    , m_impact(new QLabel(this))
    , m_failure(makeErrorLabel(this, QStringLiteral("failureMessage")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newChangeDialog"));
    setWindowTitle(tr("New change"));
    resize(820, 860);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. Upgrade the EDI gateway to 4.2"));
    auto *titleBox = new QVBoxLayout;
    titleBox->setSpacing(2);
    titleBox->addWidget(m_title);
    titleBox->addWidget(m_titleError);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, titleBox);

    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What changes, why, and how it will be rolled back."));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 5);
    form->addRow(tr("&Description:"), m_description);

    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->addItem(tr("Choose an environment…"), QString());
    if (m_estate) {
        for (const Environment &env : m_estate->environments) {
            const QString label = env.displayName.isEmpty()
                ? env.name
                : env.displayName + QStringLiteral(" (") + env.name + QLatin1Char(')');
            m_environment->addItem(label, env.name);
        }
    }
    m_type->setObjectName(QStringLiteral("changeTypeCombo"));
    for (ChangeType t : {ChangeType::Normal, ChangeType::Standard, ChangeType::Emergency})
        m_type->addItem(ChangeRequestModel::typeText(t), int(t));
    auto *envRow = new QHBoxLayout;
    envRow->addWidget(m_environment, 2);
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    envRow->addWidget(typeLabel);
    envRow->addWidget(m_type, 1);
    auto *envBox = new QVBoxLayout;
    envBox->setSpacing(2);
    envBox->addLayout(envRow);
    envBox->addWidget(m_environmentError);
    auto *envLabel = new QLabel(tr("&Environment:"), this);
    envLabel->setBuddy(m_environment);
    form->addRow(envLabel, envBox);

    m_integrations->setObjectName(QStringLiteral("integrationList"));
    m_workloads->setObjectName(QStringLiteral("workloadList"));
    if (m_estate) {
        for (const Integration &integration : m_estate->integrations) {
            auto *item = new QListWidgetItem(integration.displayName.isEmpty()
                                                 ? integration.name
                                                 : integration.displayName + QStringLiteral(" — ") + integration.name,
                                             m_integrations);
            item->setData(Qt::UserRole, integration.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_integrations->sortItems();
    }
    auto *scopeRow = new QHBoxLayout;
    auto *intCol = new QVBoxLayout;
    intCol->addWidget(new QLabel(tr("Integrations"), this));
    intCol->addWidget(m_integrations);
    auto *wlCol = new QVBoxLayout;
    wlCol->addWidget(new QLabel(tr("Workloads of the environment"), this));
    wlCol->addWidget(m_workloads);
    scopeRow->addLayout(intCol, 3);
    scopeRow->addLayout(wlCol, 2);
    auto *scopeBox = new QVBoxLayout;
    scopeBox->setSpacing(2);
    scopeBox->addLayout(scopeRow);
    scopeBox->addWidget(m_scopeError);
    auto *scopeLabel = new QLabel(tr("&Changes:"), this);
    scopeLabel->setBuddy(m_integrations);
    form->addRow(scopeLabel, scopeBox);

    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    m_start->setObjectName(QStringLiteral("windowStartEdit"));
    m_end->setObjectName(QStringLiteral("windowEndEdit"));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(format);
        edit->setCalendarPopup(true);
    }
    const QDate tomorrow = QDate::currentDate().addDays(1);
    m_start->setDateTime(QDateTime(tomorrow, QTime(22, 0)));
    m_end->setDateTime(QDateTime(tomorrow, QTime(23, 30)));
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(false);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_start);
    windowRow->addWidget(new QLabel(QStringLiteral("–"), this));
    windowRow->addWidget(m_end);
    auto *zoneLabel = new QLabel(tr("&Zone:"), this);
    zoneLabel->setBuddy(m_timeZone);
    windowRow->addWidget(zoneLabel);
    windowRow->addWidget(m_timeZone, 1);
    auto *windowBox = new QVBoxLayout;
    windowBox->setSpacing(2);
    windowBox->addLayout(windowRow);
    windowBox->addWidget(m_windowError);
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_start);
    form->addRow(windowLabel, windowBox);
    layout->addLayout(form, 1);

    // Scope parts: application parts on three tabs, infrastructure on its own.
    m_scopeTabs->setObjectName(QStringLiteral("scopeTabs"));
    m_workloadScope->setColumnWidth(0, 200);
    m_modules->setColumnWidth(0, 260);
    m_migrations->setColumnWidth(0, 180);
    m_migrations->setColumnWidth(1, 200);
    m_migrations->setColumnWidth(2, 170);
    m_infrastructure->setColumnWidth(0, 200);
    m_scopeTabs->addTab(tableTab(m_workloadScope, this), tr("Workloads and images"));
    m_scopeTabs->addTab(tableTab(m_modules, this), tr("Odoo modules"));
    m_scopeTabs->addTab(tableTab(m_migrations, this), tr("Database migrations"));
    m_scopeTabs->addTab(tableTab(m_infrastructure, this), tr("Infrastructure (separate change)"));
    auto *rollbackTab = new QWidget(this);
    auto *rollbackLayout = new QVBoxLayout(rollbackTab);
    rollbackLayout->setContentsMargins(4, 4, 4, 4);
    m_rollbackPlan->setObjectName(QStringLiteral("rollbackPlanEdit"));
    m_rollbackPlan->setPlaceholderText(tr("How the change is undone, step by step."));
    m_rollbackPlan->setTabChangesFocus(true);
    rollbackLayout->addWidget(new QLabel(tr("Rollback plan (the CAB approves it with the change):"), rollbackTab));
    rollbackLayout->addWidget(m_rollbackPlan);
    rollbackLayout->addWidget(new QLabel(tr("Pre-approved rollback criteria from the policy:"), rollbackTab));
    m_criteria->setObjectName(QStringLiteral("rollbackCriteriaList"));
    rollbackLayout->addWidget(m_criteria);
    m_scopeTabs->addTab(rollbackTab, tr("Rollback"));
    m_scopeTabs->setMinimumHeight(m_scopeTabs->fontMetrics().height() * 12);
    layout->addWidget(m_scopeTabs, 1);
    layout->addWidget(m_partsError);

    m_impact->setObjectName(QStringLiteral("impactPreview"));
    m_impact->setWordWrap(true);
    m_impact->setTextFormat(Qt::PlainText);
    m_impact->setFrameShape(QFrame::StyledPanel);
    m_impact->setMargin(8);
    layout->addWidget(m_impact);
    layout->addWidget(m_failure);

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create change"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewChangeDialog::reject);

    connect(m_title, &QLineEdit::textChanged, this, &NewChangeDialog::validate);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        rebuildWorkloads();
        syncWorkloadScope();
        rebuildCriteria();
        applyDefaultTimeZone();
        validate();
    });
    connect(m_integrations, &QListWidget::itemChanged, this, [this] {
        validate();
        updateImpact();
    });
    connect(m_workloads, &QListWidget::itemChanged, this, [this] {
        syncWorkloadScope();
        validate();
        updateImpact();
    });
    for (QTableWidget *table : {m_workloadScope, m_modules, m_migrations, m_infrastructure}) {
        connect(table, &QTableWidget::itemChanged, this, &NewChangeDialog::validate);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &NewChangeDialog::validate);
        connect(table->model(), &QAbstractItemModel::rowsInserted, this, &NewChangeDialog::validate);
    }
    connect(m_rollbackPlan, &QPlainTextEdit::textChanged, this, [this] {
        m_rollbackPlan->setProperty("edited", !m_rollbackPlan->toPlainText().isEmpty());
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &NewChangeDialog::validate);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &NewChangeDialog::validate);

    if (m_estate) {
        const int idx = m_timeZone->findData(m_estate->defaultTimeZone);
        if (idx >= 0)
            m_timeZone->setCurrentIndex(idx);
    }
    rebuildWorkloads();
    rebuildCriteria();
    validate();
    updateImpact();
    m_title->setFocus();
}

NewChangeDialog::~NewChangeDialog() = default;

ChangeRequest NewChangeDialog::draft() const
{
    ChangeRequest change;
    change.title = m_title->text().trimmed();
    change.description = m_description->toPlainText();
    change.environment = m_environment->currentData().toString();
    change.type = static_cast<ChangeType>(m_type->currentData().toInt());
    change.integrations = checkedItems(m_integrations);
    change.workloads = checkedItems(m_workloads);
    change.windowTimeZone = m_timeZone->currentData().toString();
    const QTimeZone zone(change.windowTimeZone.toUtf8());
    const QDateTime start = m_start->dateTime();
    const QDateTime end = m_end->dateTime();
    change.windowStart = QDateTime(start.date(), start.time(), zone).toUTC();
    change.windowEnd = QDateTime(end.date(), end.time(), zone).toUTC();
    return change;
}

QStringList NewChangeDialog::problems() const
{
    QStringList list;
    const ChangeRequest change = draft();
    if (change.title.isEmpty())
        list.append(tr("A title is required."));
    if (change.environment.isEmpty())
        list.append(tr("Choose the target environment."));
    if (change.integrations.isEmpty() && change.workloads.isEmpty())
        list.append(tr("Select at least one integration or workload."));
    if (change.windowEnd <= change.windowStart)
        list.append(tr("The window must end after it starts."));
    const ChangeScope parts = scope();
    if (!parts.infrastructure.isEmpty() && !(parts.workloads.isEmpty() && parts.modules.isEmpty() && parts.migrations.isEmpty()))
        list.append(tr("Infrastructure changes are kept apart from application changes: file them as a separate change."));
    for (const ModuleChange &m : parts.modules) {
        if (m.version.isEmpty())
            list.append(tr("Give the version module %1 moves to.").arg(m.name));
    }
    for (const MigrationChange &m : parts.migrations) {
        if (m.rollbackPlan.isEmpty())
            list.append(tr("Say how migration %1 is rolled back.").arg(m.name));
    }
    return list;
}

void NewChangeDialog::validate()
{
    const ChangeRequest change = draft();
    // Inline messages appear once the user has had a chance to fill the field,
    // except for the window, which is always filled.
    setError(m_titleError, change.title.isEmpty() && m_title->isModified() ? tr("A title is required.") : QString());
    setError(m_environmentError,
             change.environment.isEmpty() && m_environment->property("touched").toBool()
                 ? tr("Choose the target environment.")
                 : QString());
    if (!change.environment.isEmpty())
        m_environment->setProperty("touched", true);
    setError(m_scopeError,
             change.integrations.isEmpty() && change.workloads.isEmpty()
                 ? tr("Select at least one integration or workload.")
                 : QString());
    setError(m_windowError,
             change.windowEnd <= change.windowStart ? tr("The window must end after it starts.") : QString());
    const QStringList all = problems();
    QStringList partProblems;
    for (const QString &problem : all) {
        if (problem != tr("A title is required.") && problem != tr("Choose the target environment.")
            && problem != tr("Select at least one integration or workload.")
            && problem != tr("The window must end after it starts."))
            partProblems.append(problem);
    }
    setError(m_partsError, partProblems.join(QLatin1Char(' ')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && problems().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(problems().join(QLatin1Char('\n')));
}

void NewChangeDialog::rebuildWorkloads()
{
    const QSet<QString> checked = [this] {
        const QStringList names = checkedItems(m_workloads);
        return QSet<QString>(names.begin(), names.end());
    }();
    QSignalBlocker blocker(m_workloads);
    m_workloads->clear();
    const Environment *env = m_estate ? m_estate->environment(m_environment->currentData().toString()) : nullptr;
    if (!env) {
        m_workloads->setEnabled(false);
        return;
    }
    m_workloads->setEnabled(true);
    for (const Workload &w : env->workloads) {
        auto *item = new QListWidgetItem(w.name, m_workloads);
        item->setData(Qt::UserRole, w.name);
        item->setToolTip(w.image);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(w.name) ? Qt::Checked : Qt::Unchecked);
    }
}

void NewChangeDialog::applyDefaultTimeZone()
{
    // Plan in the zone of the first warehouse the environment serves.
    const Environment *env = m_estate ? m_estate->environment(m_environment->currentData().toString()) : nullptr;
    if (!env || env->sites.isEmpty())
        return;
    const Site *site = m_estate->site(env->sites.constFirst());
    if (!site)
        return;
    const int idx = m_timeZone->findData(site->timeZone);
    if (idx >= 0)
        m_timeZone->setCurrentIndex(idx);
}

void NewChangeDialog::updateImpact()
{
    const ChangeRequest change = draft();
    if (!m_analysis || (change.integrations.isEmpty() && change.workloads.isEmpty())) {
        m_impact->setText(tr("Impact preview: select what the change touches."));
        return;
    }
    const ImpactReport report = m_analysis->analyse(change.integrations, change.workloads);
    int fails = 0;
    int degrades = 0;
    for (const AffectedIntegration &a : report.integrations)
        (a.kind == ImpactKind::Fails ? fails : degrades) += 1;
    QStringList processes;
    for (const AffectedItem &p : report.processes)
        processes.append(p.name);
    QStringList partners;
    for (const AffectedItem &p : report.partners)
        partners.append(p.name);
    QString text = plural(tr("Impact preview: if this change goes wrong, %n integration(s) would fail "
                             "and %1 would degrade.",
                             nullptr, fails),
                          fails)
                       .arg(degrades);
    if (!processes.isEmpty())
        text += QLatin1Char('\n') + tr("Business processes: %1").arg(processes.join(QStringLiteral(", ")));
    if (!partners.isEmpty())
        text += QLatin1Char('\n') + tr("Partners: %1").arg(partners.join(QStringLiteral(", ")));
    m_impact->setText(text);
}

void NewChangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Creating…") : tr("Create change"));
    validate();
}

ChangeScope NewChangeDialog::scope() const
{
    ChangeScope parts;
    for (int row = 0; row < m_workloadScope->rowCount(); ++row) {
        if (!cell(m_workloadScope, row, 0).isEmpty())
            parts.workloads.append({cell(m_workloadScope, row, 0), cell(m_workloadScope, row, 1)});
    }
    for (int row = 0; row < m_modules->rowCount(); ++row) {
        if (!cell(m_modules, row, 0).isEmpty())
            parts.modules.append({cell(m_modules, row, 0), cell(m_modules, row, 1)});
    }
    for (int row = 0; row < m_migrations->rowCount(); ++row) {
        if (cell(m_migrations, row, 0).isEmpty())
            continue;
        MigrationChange m;
        m.name = cell(m_migrations, row, 0);
        for (const QString &check : cell(m_migrations, row, 1).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!check.trimmed().isEmpty())
                m.preChecks.append(check.trimmed());
        }
        m.lockImpact = cell(m_migrations, row, 2);
        m.rollbackPlan = cell(m_migrations, row, 3);
        parts.migrations.append(m);
    }
    for (int row = 0; row < m_infrastructure->rowCount(); ++row) {
        if (!cell(m_infrastructure, row, 0).isEmpty())
            parts.infrastructure.append({cell(m_infrastructure, row, 0), cell(m_infrastructure, row, 1)});
    }
    parts.rollbackPlan = m_rollbackPlan->toPlainText().trimmed();
    for (int i = 0; i < m_criteria->count(); ++i) {
        const QListWidgetItem *item = m_criteria->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QVariantList v = item->data(Qt::UserRole).toList();
        parts.rollbackCriteria.append({v.value(0).toString(), v.value(1).toString(), v.value(2).toString(),
                                       v.value(3).toDouble(), v.value(4).toLongLong(), v.value(5).toString()});
    }
    return parts;
}

void NewChangeDialog::syncWorkloadScope()
{
    // Checked workloads appear with their current image, ready to be edited to the new one.
    const QStringList checked = checkedItems(m_workloads);
    const Environment *env = m_estate ? m_estate->environment(m_environment->currentData().toString()) : nullptr;
    QSignalBlocker blocker(m_workloadScope);
    for (int row = m_workloadScope->rowCount() - 1; row >= 0; --row) {
        const QTableWidgetItem *name = m_workloadScope->item(row, 0);
        if (name && name->data(Qt::UserRole).toBool() && !checked.contains(name->text()))
            m_workloadScope->removeRow(row);
    }
    for (const QString &workload : checked) {
        bool present = false;
        for (int row = 0; row < m_workloadScope->rowCount(); ++row)
            present = present || cell(m_workloadScope, row, 0) == workload;
        if (present)
            continue;
        QString image;
        if (env) {
            for (const Workload &w : env->workloads) {
                if (w.name == workload)
                    image = w.image;
            }
        }
        const int row = m_workloadScope->rowCount();
        m_workloadScope->insertRow(row);
        auto *name = new QTableWidgetItem(workload);
        name->setData(Qt::UserRole, true); // follows the workload list
        m_workloadScope->setItem(row, 0, name);
        m_workloadScope->setItem(row, 1, new QTableWidgetItem(image));
    }
    if (!m_rollbackPlan->property("edited").toBool()) {
        QSignalBlocker planBlocker(m_rollbackPlan);
        m_rollbackPlan->setPlainText(
            checked.isEmpty() ? QString()
                              : tr("Redeploy the previous images of %1 and verify the health checks.")
                                    .arg(checked.join(QStringLiteral(", "))));
    }
    validate();
}

void NewChangeDialog::rebuildCriteria()
{
    m_criteria->clear();
    const Environment *env = m_estate ? m_estate->environment(m_environment->currentData().toString()) : nullptr;
    const Policy *policy = env ? m_estate->policyForTier(env->tier) : nullptr;
    if (!policy || policy->rollbackCriteria.isEmpty()) {
        auto *item = new QListWidgetItem(env ? tr("The policy for this environment offers no rollback criteria.")
                                             : tr("Choose an environment to see its policy's rollback criteria."),
                                         m_criteria);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const RollbackCriterionTemplate &t : policy->rollbackCriteria) {
        auto *item = new QListWidgetItem(tr("%1: %2 %3 %4 for %5 s → %6")
                                             .arg(t.name, t.query, t.comparison, QString::number(t.threshold))
                                             .arg(t.forSeconds)
                                             .arg(t.action),
                                         m_criteria);
        item->setData(Qt::UserRole, QVariantList{t.name, t.query, t.comparison, t.threshold, t.forSeconds, t.action});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

void NewChangeDialog::storeScope()
{
    const ChangeScope parts = scope();
    const bool empty = parts.size() == 0 && parts.rollbackPlan.isEmpty() && parts.rollbackCriteria.isEmpty();
    if (empty) {
        Q_EMIT changeCreated(m_created);
        QDialog::accept();
        return;
    }
    setBusy(true);
    whenFinished(
        m_store->setScope(m_created.id, parts, tr("initial scope")), this,
        [this](const Result<ChangeRequest> &result) {
            setBusy(false);
            if (!result.ok()) {
                // The draft exists; OK now only retries the scope.
                setError(m_failure, tr("Change #%1 was stored as a draft, but its scope was refused: %2")
                                        .arg(m_created.id)
                                        .arg(result.error().message));
                m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Store scope"));
                return;
            }
            m_created = result.value();
            Q_EMIT changeCreated(m_created);
            QDialog::accept();
        },
        [this] {
            setBusy(false);
            setError(m_failure, tr("The scope was not stored: the control store was closed."));
        });
}

void NewChangeDialog::accept()
{
    if (m_busy || !problems().isEmpty())
        return;
    if (!m_store) {
        setError(m_failure, tr("No control store is configured."));
        return;
    }
    setError(m_failure, {});
    if (m_created.id != 0) {
        storeScope();
        return;
    }
    setBusy(true);
    whenFinished(
        m_store->createChange(draft()), this,
        [this](const Result<ChangeRequest> &result) {
            setBusy(false);
            if (!result.ok()) {
                setError(m_failure, tr("The change was not stored: %1").arg(result.error().toString()));
                return;
            }
            m_created = result.value();
            storeScope();
        },
        [this] {
            setBusy(false);
            setError(m_failure, tr("The change was not stored: the control store was closed."));
        });
}

} // namespace Gatehouse::Ui
