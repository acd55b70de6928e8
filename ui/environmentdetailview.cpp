#include "environmentdetailview.h"

#include "alertslist.h"
#include "chartpanel.h"
#include "chartpanelmodel.h"
#include "futurecallback.h"

#include "services/prometheusclient.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Gatehouse::Ui {

using Unit = ChartPanelModel::Unit;
using Status = Models::SourceState::Status;

namespace {

struct PanelSpec
{
    const char *title;
    Unit unit;
};

const PanelSpec panelSpecs[EnvironmentDetailView::PanelCount] = {
    {QT_TRANSLATE_NOOP("Gatehouse::Ui::EnvironmentDetailView", "Ingress p95 latency"), Unit::Seconds},
    {QT_TRANSLATE_NOOP("Gatehouse::Ui::EnvironmentDetailView", "Ingress 5xx ratio"), Unit::Ratio},
    {QT_TRANSLATE_NOOP("Gatehouse::Ui::EnvironmentDetailView", "Queue depth (jobs waiting)"), Unit::Plain},
    {QT_TRANSLATE_NOOP("Gatehouse::Ui::EnvironmentDetailView", "Oldest waiting job"), Unit::Seconds},
    {QT_TRANSLATE_NOOP("Gatehouse::Ui::EnvironmentDetailView", "PostgreSQL replication lag"), Unit::Seconds},
    {QT_TRANSLATE_NOOP("Gatehouse::Ui::EnvironmentDetailView", "Redis memory used"), Unit::Bytes},
    {QT_TRANSLATE_NOOP("Gatehouse::Ui::EnvironmentDetailView", "Redis hit ratio"), Unit::Ratio},
    {QT_TRANSLATE_NOOP("Gatehouse::Ui::EnvironmentDetailView", "Integration success ratio"), Unit::Ratio},
    {QT_TRANSLATE_NOOP("Gatehouse::Ui::EnvironmentDetailView", "Business throughput"), Unit::PerMinute},
};

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// The legend name of a series of `panel`.
QString seriesName(int panel, const Models::Labels &labels)
{
    auto label = [&](const char *name) { return labels.value(QLatin1String(name)); };
    switch (panel) {
    case EnvironmentDetailView::IngressLatencyPanel:
    case EnvironmentDetailView::IngressErrorsPanel:
        return label("service");
    case EnvironmentDetailView::QueueDepthPanel:
    case EnvironmentDetailView::QueueAgePanel:
        return label("channel");
    case EnvironmentDetailView::ReplicationLagPanel:
    case EnvironmentDetailView::RedisMemoryPanel:
    case EnvironmentDetailView::RedisHitRatioPanel:
        return label("instance");
    case EnvironmentDetailView::IntegrationSuccessPanel:
        if (labels.contains(QStringLiteral("partner")))
            return EnvironmentDetailView::tr("EDI %1").arg(label("partner"));
        if (labels.contains(QStringLiteral("carrier")))
            return EnvironmentDetailView::tr("Labels %1").arg(label("carrier"));
        return EnvironmentDetailView::tr("Payments %1").arg(label("provider"));
    case EnvironmentDetailView::ThroughputPanel: {
        const QString flow = label("flow");
        if (flow == QLatin1String("orders"))
            return EnvironmentDetailView::tr("Orders confirmed");
        if (flow == QLatin1String("pickings"))
            return EnvironmentDetailView::tr("Pickings validated");
        if (flow == QLatin1String("labels"))
            return EnvironmentDetailView::tr("Labels printed");
        return flow;
    }
    default:
        return {};
    }
}

} // namespace

EnvironmentDetailView::EnvironmentDetailView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_title);
    header->addStretch(1);
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("detailSource"));
    header->addWidget(m_sourceLabel);
    header->addSpacing(12);

    m_rangeButtons = new QButtonGroup(this);
    const std::pair<Range, QString> ranges[] = {{Range::Hour, tr("1 h")},
                                                {Range::SixHours, tr("6 h")},
                                                {Range::Day, tr("24 h")},
                                                {Range::Week, tr("7 d")}};
    for (const auto &[range, text] : ranges) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolTip(tr("Show the last %1").arg(text));
        button->setChecked(range == m_range);
        m_rangeButtons->addButton(button, int(range));
        header->addWidget(button);
    }
    m_rangeButtons->setExclusive(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) {
        setRange(Range(id));
        Q_EMIT rangeChanged(m_range);
    });
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setSpacing(14);
    for (int i = 0; i < PanelCount; ++i) {
        auto *model = new ChartPanelModel(this);
        model->setUnit(panelSpecs[i].unit);
        auto *panel = new ChartPanel(grid);
        panel->setObjectName(QStringLiteral("chartPanel%1").arg(i));
        panel->setTitle(tr(panelSpecs[i].title));
        panel->setModel(model);
        panel->setMinimumSize(360, 240);
        m_models.append(model);
        m_panels.append(panel);
        gridLayout->addWidget(panel, i / 2, i % 2);
    }
    scroll->setWidget(grid);
    splitter->addWidget(scroll);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    auto *dbTitle = new QLabel(tr("PostgreSQL now"), side);
    QFont bold = dbTitle->font();
    bold.setBold(true);
    dbTitle->setFont(bold);
    sideLayout->addWidget(dbTitle);
    m_database = new QLabel(side);
    m_database->setObjectName(QStringLiteral("databaseFacts"));
    m_database->setWordWrap(true);
    m_database->setTextFormat(Qt::RichText);
    m_database->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(m_database);
    m_alerts = new AlertsList(side);
    sideLayout->addWidget(m_alerts, 1);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_refreshTimer.setInterval(std::chrono::milliseconds(30000));
    connect(&m_refreshTimer, &QTimer::timeout, this, &EnvironmentDetailView::refresh);
    setDatabase(std::nullopt, {});
}

EnvironmentDetailView::~EnvironmentDetailView()
{
    // Panels draw models they do not own; detach them before the models go.
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setModel(nullptr);
}

std::chrono::seconds EnvironmentDetailView::rangeLength(Range range)
{
    switch (range) {
    case Range::Hour:
        return std::chrono::hours(1);
    case Range::SixHours:
        return std::chrono::hours(6);
    case Range::Day:
        return std::chrono::hours(24);
    case Range::Week:
        break;
    }
    return std::chrono::hours(24 * 7);
}

std::chrono::seconds EnvironmentDetailView::stepFor(Range range)
{
    const qint64 length = rangeLength(range).count();
    const qint64 points = 11000 - 1;
    return std::chrono::seconds(std::max<qint64>(15, (length + points - 1) / points));
}

void EnvironmentDetailView::setEnvironment(const Models::Environment &environment,
                                           Services::PrometheusClient *prometheus)
{
    const bool sameEnvironment = environment.name == m_environment.name;
    m_environment = environment;
    m_prometheus = prometheus;
    m_title->setText(environment.displayName.isEmpty() ? environment.name : environment.displayName);
    if (!sameEnvironment) {
        for (ChartPanelModel *model : std::as_const(m_models))
            model->setSeries({});
    }
    updateBands();
    refresh();
}

void EnvironmentDetailView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setTimeZone(zone);
}

QTimeZone EnvironmentDetailView::siteTimeZone(const Models::Estate &estate, const Models::Environment &environment)
{
    for (const QString &name : environment.sites) {
        if (const Models::Site *site = estate.site(name)) {
            const QTimeZone zone(site->timeZone.toUtf8());
            if (zone.isValid())
                return zone;
        }
    }
    return {};
}

void EnvironmentDetailView::setRange(Range range)
{
    m_range = range;
    if (QAbstractButton *button = m_rangeButtons->button(int(range)))
        button->setChecked(true);
    refresh();
}

void EnvironmentDetailView::setIntegrations(const QList<Models::Integration> &integrations)
{
    m_integrations = integrations;
}

void EnvironmentDetailView::setChanges(const QList<Models::ChangeRequest> &changes)
{
    m_changes = changes;
    m_alerts->setChanges([&] {
        QList<Models::ChangeRequest> mine;
        for (const Models::ChangeRequest &change : changes) {
            if (change.environment == m_environment.name)
                mine.append(change);
        }
        return mine;
    }());
    updateBands();
}

void EnvironmentDetailView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void EnvironmentDetailView::setRefreshInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_refreshTimer.stop();
        m_refreshTimer.setInterval(0);
        return;
    }
    m_refreshTimer.setInterval(interval);
    if (isVisible())
        m_refreshTimer.start();
}

QDateTime EnvironmentDetailView::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString EnvironmentDetailView::panelQuery(Panel panel) const
{
    const QString env = QStringLiteral("environment=") + quoted(m_environment.name);
    const QString selector = QLatin1Char('{') + env + QLatin1Char('}');
    switch (panel) {
    case IngressLatencyPanel:
        return QStringLiteral("gatehouse:ingress_latency_seconds:p95_5m") + selector;
    case IngressErrorsPanel:
        return QStringLiteral("gatehouse:ingress_5xx_ratio:rate5m") + selector;
    case QueueDepthPanel:
        return QStringLiteral("gatehouse:queue_job_backlog:sum") + selector;
    case QueueAgePanel:
        return QStringLiteral("max by (channel) (odoo_queue_job_oldest_pending_age_seconds") + selector
            + QLatin1Char(')');
    case ReplicationLagPanel:
        return QStringLiteral("max by (instance) (pg_replication_lag_seconds") + selector + QLatin1Char(')');
    case RedisMemoryPanel:
        return QStringLiteral("max by (instance) (redis_memory_used_bytes") + selector + QLatin1Char(')');
    case RedisHitRatioPanel:
        return QStringLiteral("gatehouse:redis_hit_ratio:rate5m") + selector;
    case IntegrationSuccessPanel: {
        QString query = QStringLiteral("gatehouse:edi_success_ratio:rate15m") + selector
            + QStringLiteral(" or gatehouse:carrier_label_success_ratio:rate15m") + selector
            + QStringLiteral(" or gatehouse:payment_capture_success_ratio:rate15m") + selector;
        // Each integration's own health query, written for any environment, narrowed to
        // this one's series and labelled with the integration.
        for (const Models::Integration &integration : m_integrations) {
            if (integration.healthQuery.trimmed().isEmpty()
                || (!integration.environments.isEmpty() && !integration.environments.contains(m_environment.name)))
                continue;
            query += QStringLiteral(" or label_replace((")
                + Services::PrometheusClient::scoped(integration.healthQuery, QStringLiteral("environment"),
                                                     m_environment.name)
                + QStringLiteral("), \"integration\", ") + quoted(integration.name) + QStringLiteral(", \"\", \"\")");
        }
        return query;
    }
    case ThroughputPanel:
        return QStringLiteral("label_replace(gatehouse:orders_confirmed:rate15m") + selector
            + QStringLiteral(" * 60, \"flow\", \"orders\", \"\", \"\")"
                             " or label_replace(sum by (environment) (gatehouse:pickings_validated:rate15m")
            + selector
            + QStringLiteral(") * 60, \"flow\", \"pickings\", \"\", \"\")"
                             " or label_replace(sum by (environment) (rate(gatehouse_carrier_label_requests_total{")
            + env + QStringLiteral(",result=\"ok\"}[15m])) * 60, \"flow\", \"labels\", \"\", \"\")");
    case PanelCount:
        break;
    }
    return {};
}

void EnvironmentDetailView::refresh()
{
    const quint64 generation = ++m_generation;
    const QDateTime end = now();
    const QDateTime start = end.addSecs(-rangeLength(m_range).count());
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setTimeRange(start, end);
    updateBands();

    if (!m_prometheus) {
        m_sourceLabel->setText(tr("No Prometheus is configured for this environment."));
        Models::SourceState missing;
        missing.status = Status::Unreachable;
        missing.reason = tr("no Prometheus is configured for this environment (spec.prometheus.url)");
        for (ChartPanel *panel : std::as_const(m_panels))
            panel->setSourceState(missing);
        m_pending = 0;
        Q_EMIT chartsUpdated();
        return;
    }
    m_pending = PanelCount;
    const std::chrono::seconds step = stepFor(m_range);
    for (int i = 0; i < PanelCount; ++i) {
        ChartPanel *panel = m_panels[i];
        ChartPanelModel *model = m_models[i];
        panel->setLoading(true);
        auto finishOne = [this, generation] {
            if (generation != m_generation)
                return;
            if (--m_pending == 0) {
                const Models::SourceState state = m_prometheus->state();
                m_sourceLabel->setText(state.isFresh()
                                           ? tr("Prometheus: fresh, updated %1")
                                                 .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                                           : tr("Prometheus: %1").arg(Models::SourceState::statusText(state.status)));
                Q_EMIT chartsUpdated();
            }
        };
        whenFinished(
            m_prometheus->queryRange(panelQuery(Panel(i)), start, end, step, panel->plotWidth()), this,
            [this, generation, i, panel, model, finishOne](const Models::Result<QList<Models::TimeSeries>> &result) {
                if (generation != m_generation)
                    return;
                Models::SourceState state = m_prometheus->state();
                if (result.ok()) {
                    QList<ChartPanelModel::Series> series;
                    for (const Models::TimeSeries &one : result.value()) {
                        QString name = seriesName(i, one.labels);
                        if (const QString integration = one.labels.value(QStringLiteral("integration"));
                            !integration.isEmpty()) {
                            name = integration;
                            for (const Models::Integration &known : std::as_const(m_integrations)) {
                                if (known.name == integration && !known.displayName.isEmpty())
                                    name = known.displayName;
                            }
                        }
                        series.append({Models::TimeSeries::key(one.labels), name, one.points});
                    }
                    std::sort(series.begin(), series.end(),
                              [](const auto &a, const auto &b) { return a.name < b.name; });
                    model->setSeries(series);
                    panel->setSourceState(state);
                } else {
                    if (state.isFresh()) { // the server answered, the query did not work
                        state.status = Status::Stale;
                        state.reason = result.error().message;
                    }
                    panel->setSourceState(state);
                    panel->setLoading(false);
                }
                finishOne();
            },
            finishOne);
    }
}

void EnvironmentDetailView::updateBands()
{
    QList<ChartPanel::Band> bands;
    for (const Models::ChangeRequest &change : std::as_const(m_changes)) {
        if (change.environment != m_environment.name || !change.windowStart.isValid() || !change.windowEnd.isValid())
            continue;
        bands.append({change.windowStart, change.windowEnd,
                      change.id > 0 ? tr("#%1 %2").arg(change.id).arg(change.title) : change.title});
    }
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setBands(bands);
}

void EnvironmentDetailView::setAlerts(const QList<Services::AlertmanagerClient::Alert> &alerts,
                                      const QList<Services::AlertmanagerClient::Silence> &silences,
                                      const Models::SourceState &state, Services::AlertmanagerClient *client)
{
    m_alerts->setAlertmanager(client);
    m_alerts->setAlerts(alerts, silences, state);
}

void EnvironmentDetailView::setDatabase(const std::optional<Services::OdooProbes::Snapshot> &snapshot,
                                        const Models::SourceState &state)
{
    QString html;
    if (m_environment.odooDatabase.name.isEmpty() && !snapshot) {
        m_database->setText(tr("No Odoo database is configured for this environment."));
        return;
    }
    if (state.status == Status::Stale || state.status == Status::Unreachable)
        html += QStringLiteral("<p>⚠ ")
            + tr("Database %1: %2").arg(Models::SourceState::statusText(state.status), state.reason.toHtmlEscaped())
            + QStringLiteral("</p>");
    else if (state.status == Status::Fresh)
        html += QStringLiteral("<p>✓ ") + tr("Fresh, probed at %1")
                                           .arg(QLocale().toString(state.lastGood.toLocalTime().time(),
                                                                   QLocale::ShortFormat))
            + QStringLiteral("</p>");
    if (!snapshot) {
        m_database->setText(html + tr("No answer from the database yet."));
        return;
    }
    auto row = [](const QString &name, const QString &value) -> QString {
        return QStringLiteral("<tr><td style='padding-right:10px'>") + name.toHtmlEscaped()
            + QStringLiteral("</td><td>") + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
    };
    const auto seconds = [](double value) { return ChartPanelModel::formatValue(value, Unit::Seconds); };
    html += QStringLiteral("<table>");
    html += row(tr("Connections"), tr("%1 of %2").arg(snapshot->connections.used).arg(snapshot->connections.max));
    for (const auto &standby : snapshot->standbys)
        html += row(tr("Standby %1").arg(standby.applicationName),
                    tr("%1, replay lag %2").arg(standby.state, seconds(standby.replayLagSeconds.value_or(0))));
    html += row(tr("Longest transaction"),
                snapshot->longestTransaction ? seconds(snapshot->longestTransaction->seconds) : tr("none open"));
    html += row(tr("Waiting on locks"), QString::number(snapshot->lockWaits.size()));
    html += row(tr("Database size"), ChartPanelModel::formatValue(double(snapshot->databaseBytes), Unit::Bytes));
    if (snapshot->queueJobs.installed)
        html += row(tr("queue_job"), tr("%1 stuck, oldest waiting %2")
                                         .arg(snapshot->queueJobs.stuck)
                                         .arg(seconds(snapshot->queueJobs.oldestPendingSeconds)));
    html += row(tr("WAL archiving"),
                snapshot->archiving.archiveMode == QLatin1String("off")
                    ? tr("off")
                    : tr("%1 archived, %2 failed").arg(snapshot->archiving.archivedCount).arg(snapshot->archiving.failedCount));
    html += QStringLiteral("</table>");
    m_database->setText(html);
}

void EnvironmentDetailView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_refreshTimer.interval() > 0)
        m_refreshTimer.start();
}

void EnvironmentDetailView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refreshTimer.stop();
}

} // namespace Gatehouse::Ui
