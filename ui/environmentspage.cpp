#include "environmentspage.h"

#include "emptystate.h"
#include "environmentdetailview.h"
#include "environmentscarddelegate.h"
#include "environmentshealthpoller.h"
#include "environmentsoverviewmodel.h"
#include "wallboard.h"

#include <QHBoxLayout>
#include <QHostAddress>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using Status = Models::SourceState::Status;

namespace {

enum Page { EmptyPage, OverviewPage, DetailPage };

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

bool installedHere(const QStringList &names)
{
    for (const QString &name : names) {
        if (!QStandardPaths::findExecutable(name).isEmpty())
            return true;
    }
    return false;
}

} // namespace

EnvironmentsPage::EnvironmentsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new EnvironmentsOverviewModel(this))
    , m_poller(new EnvironmentsHealthPoller(m_model, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(m_stack))
    , m_missing(new QLabel(this))
    , m_cards(new QListView(this))
    , m_detail(new EnvironmentDetailView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_empty->setTitle(tr("No environments"));
    m_empty->setText(tr("Open an estate whose folder defines environments (kind: Environment) to see their health."));
    m_stack->addWidget(m_empty);

    auto *overview = new QWidget(m_stack);
    auto *overviewLayout = new QVBoxLayout(overview);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Environments"), overview);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    bar->addWidget(title);
    bar->addStretch(1);
    auto *refresh = new QPushButton(tr("Refresh"), overview);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Ask every source now (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    bar->addWidget(refresh);
    auto *wallboard = new QPushButton(tr("Wall board"), overview);
    wallboard->setShortcut(QKeySequence(Qt::Key_F11));
    wallboard->setToolTip(tr("Full screen, large type, cycling through the environments (F11; Esc leaves)"));
    bar->addWidget(wallboard);
    overviewLayout->addLayout(bar);

    m_missing->setObjectName(QStringLiteral("environmentsMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::RichText);
    m_missing->setFrameShape(QFrame::StyledPanel);
    m_missing->setMargin(10);
    m_missing->setVisible(false);
    overviewLayout->addWidget(m_missing);

    m_cards->setParent(overview);
    m_cards->setObjectName(QStringLiteral("environmentCards"));
    m_cards->setModel(m_model);
    m_cards->setItemDelegate(new EnvironmentsCardDelegate(m_cards));
    m_cards->setViewMode(QListView::IconMode);
    m_cards->setFlow(QListView::LeftToRight);
    m_cards->setWrapping(true);
    m_cards->setResizeMode(QListView::Adjust);
    m_cards->setMovement(QListView::Static);
    m_cards->setUniformItemSizes(true);
    m_cards->setSpacing(4);
    m_cards->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cards->setFrameShape(QFrame::NoFrame);
    m_cards->setMouseTracking(true);
    m_cards->setAccessibleName(tr("Environment health"));
    overviewLayout->addWidget(m_cards, 1);
    auto *hint = new QLabel(tr("Double-click a card (or press Enter) for the environment's charts and alerts."), overview);
    hint->setForegroundRole(QPalette::PlaceholderText);
    overviewLayout->addWidget(hint);
    m_stack->addWidget(overview);

    auto *detailPage = new QWidget(m_stack);
    auto *detailLayout = new QVBoxLayout(detailPage);
    auto *back = new QPushButton(tr("← All environments"), detailPage);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back to the overview (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    auto *backBar = new QHBoxLayout;
    backBar->addWidget(back);
    backBar->addStretch(1);
    detailLayout->addLayout(backBar);
    m_detail->setParent(detailPage);
    detailLayout->addWidget(m_detail, 1);
    m_stack->addWidget(detailPage);

    connect(refresh, &QPushButton::clicked, m_poller, &EnvironmentsHealthPoller::pollNow);
    connect(wallboard, &QPushButton::clicked, this, &EnvironmentsPage::showWallboard);
    connect(back, &QPushButton::clicked, this, &EnvironmentsPage::showOverview);
    connect(m_cards, &QListView::activated, this,
            [this](const QModelIndex &index) { openEnvironment(m_model->environmentAt(index.row())); });
    connect(m_poller, &EnvironmentsHealthPoller::integrationHealthChanged, this,
            &EnvironmentsPage::integrationHealthChanged);
    m_missingTimer.setSingleShot(true);
    m_missingTimer.setInterval(0);
    connect(&m_missingTimer, &QTimer::timeout, this, &EnvironmentsPage::updateMissing);
    connect(m_poller, &EnvironmentsHealthPoller::prometheusStateChanged, &m_missingTimer,
            qOverload<>(&QTimer::start));
    connect(m_poller, &EnvironmentsHealthPoller::pollFinished, this, &EnvironmentsPage::updateMissing);
    connect(m_poller, &EnvironmentsHealthPoller::alertsChanged, this, [this](const QString &environment) {
        if (environment == m_detail->environmentName())
            updateDetailAlerts();
    });
    connect(m_poller, &EnvironmentsHealthPoller::databaseChanged, this, [this](const QString &environment) {
        if (environment == m_detail->environmentName())
            updateDetailDatabase();
    });
    m_stack->setCurrentIndex(EmptyPage);
}

EnvironmentsPage::~EnvironmentsPage()
{
    if (m_wallboard)
        m_wallboard->close();
}

void EnvironmentsPage::setEstate(Models::EstatePtr estate)
{
    m_estate = std::move(estate);
    m_poller->setEstate(m_estate);
    const bool any = m_estate && !m_estate->environments.isEmpty();
    m_stack->setCurrentIndex(any ? OverviewPage : EmptyPage);
    updateMissing();
}

void EnvironmentsPage::setChanges(const QList<Models::ChangeRequest> &changes)
{
    m_changes = changes;
    m_detail->setChanges(changes);
}

void EnvironmentsPage::setWorkloadSummary(const QString &environment, int ready, int desired,
                                          const Models::SourceState &state)
{
    m_poller->setWorkloadSummary(environment, ready, desired, state);
}

void EnvironmentsPage::setSecretStore(Services::SecretStore *store)
{
    m_poller->setSecretStore(store);
}

void EnvironmentsPage::setPollInterval(std::chrono::milliseconds interval)
{
    m_poller->setPollInterval(interval);
    m_detail->setRefreshInterval(interval.count() > 0 ? std::max(interval, std::chrono::milliseconds(30000))
                                                      : interval);
}

void EnvironmentsPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_poller->setClock(clock);
    m_detail->setClock(clock);
}

bool EnvironmentsPage::openEnvironment(const QString &environment)
{
    const Models::Environment *found = m_estate ? m_estate->environment(environment) : nullptr;
    if (!found)
        return false;
    m_detail->setChanges(m_changes);
    m_detail->setTimeZone(EnvironmentDetailView::siteTimeZone(*m_estate, *found));
    m_detail->setIntegrations(m_estate->integrations);
    m_detail->setEnvironment(*found, m_poller->prometheusFor(environment));
    m_detail->setChanges(m_changes);
    updateDetailAlerts();
    updateDetailDatabase();
    m_stack->setCurrentIndex(DetailPage);
    Q_EMIT environmentOpened(environment);
    return true;
}

void EnvironmentsPage::showOverview()
{
    if (m_estate && !m_estate->environments.isEmpty())
        m_stack->setCurrentIndex(OverviewPage);
    Q_EMIT environmentOpened(QString());
}

Wallboard *EnvironmentsPage::showWallboard()
{
    if (!m_wallboard) {
        m_wallboard = new Wallboard(m_model);
        m_wallboard->setPalette(palette());
    }
    m_wallboard->showFullScreen();
    m_wallboard->activateWindow();
    m_wallboard->setFocus();
    return m_wallboard;
}

QHash<QString, double> EnvironmentsPage::integrationHealth() const
{
    return m_poller->integrationHealth();
}

QString EnvironmentsPage::missingText() const
{
    return m_missing->isHidden() ? QString() : m_missing->text();
}

void EnvironmentsPage::updateMissing()
{
    QStringList sentences;
    if (m_estate && !m_estate->environments.isEmpty()) {
        const bool prometheusInstalled = installedHere({QStringLiteral("prometheus")});
        const bool alertmanagerInstalled
            = installedHere({QStringLiteral("prometheus-alertmanager"), QStringLiteral("alertmanager")});
        if (!m_poller->anyPrometheusConfigured()) {
            sentences << tr("<b>Prometheus is not configured.</b> Charts and the Redis, ingress, queue, "
                            "integration and backup statuses come from it. Name each environment's Prometheus "
                            "in the estate (<code>spec.prometheus.url</code>).");
            if (!prometheusInstalled)
                sentences << tr("Prometheus is not installed on this computer either (Debian package "
                                "<code>prometheus</code>).");
        } else {
            // A local Prometheus that does not answer and is not even installed: say so.
            for (const Models::Environment &environment : m_estate->environments) {
                const Models::SourceState state = m_poller->prometheusState(environment.name);
                if (state.status == Status::Unreachable && isLoopback(environment.prometheusUrl)
                    && !prometheusInstalled) {
                    sentences << tr("<b>Prometheus at %1 does not answer, and it is not installed on this "
                                    "computer.</b> Install the Debian package <code>prometheus</code> or point "
                                    "the estate at your Prometheus.")
                                     .arg(environment.prometheusUrl.toString().toHtmlEscaped());
                    break;
                }
            }
        }
        if (!m_poller->anyAlertmanagerConfigured()) {
            sentences << tr("<b>Alertmanager is not configured.</b> Firing alerts and silences come from it. "
                            "Name each environment's Alertmanager in the estate "
                            "(<code>spec.alertmanager.url</code>).");
            if (!alertmanagerInstalled)
                sentences << tr("Alertmanager is not installed on this computer either (Debian package "
                                "<code>prometheus-alertmanager</code>).");
        }
    }
    const QString text = sentences.join(QLatin1Char(' '));
    if (text != m_missing->text())
        m_missing->setText(text);
    m_missing->setVisible(!text.isEmpty());
}

void EnvironmentsPage::updateDetailAlerts()
{
    const QString environment = m_detail->environmentName();
    m_detail->setAlerts(m_poller->alertsFor(environment), m_poller->silencesFor(environment),
                        m_poller->alertmanagerState(environment), m_poller->alertmanagerFor(environment));
}

void EnvironmentsPage::updateDetailDatabase()
{
    const QString environment = m_detail->environmentName();
    m_detail->setDatabase(m_poller->databaseSnapshot(environment), m_poller->databaseState(environment));
}

} // namespace Gatehouse::Ui
