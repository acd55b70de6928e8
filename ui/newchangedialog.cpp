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
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStyle>
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
    , m_impact(new QLabel(this))
    , m_failure(makeErrorLabel(this, QStringLiteral("failureMessage")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newChangeDialog"));
    setWindowTitle(tr("New change"));
    resize(760, 680);

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
        applyDefaultTimeZone();
        validate();
    });
    connect(m_integrations, &QListWidget::itemChanged, this, [this] {
        validate();
        updateImpact();
    });
    connect(m_workloads, &QListWidget::itemChanged, this, [this] {
        validate();
        updateImpact();
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &NewChangeDialog::validate);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &NewChangeDialog::validate);

    if (m_estate) {
        const int idx = m_timeZone->findData(m_estate->defaultTimeZone);
        if (idx >= 0)
            m_timeZone->setCurrentIndex(idx);
    }
    rebuildWorkloads();
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

void NewChangeDialog::accept()
{
    if (m_busy || !problems().isEmpty())
        return;
    if (!m_store) {
        setError(m_failure, tr("No control store is configured."));
        return;
    }
    setError(m_failure, {});
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
            Q_EMIT changeCreated(m_created);
            QDialog::accept();
        },
        [this] {
            setBusy(false);
            setError(m_failure, tr("The change was not stored: the control store was closed."));
        });
}

} // namespace Gatehouse::Ui
