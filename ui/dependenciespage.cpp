#include "dependenciespage.h"

#include "futurecallback.h"
#include "graphedgeitem.h"
#include "graphlegend.h"
#include "graphnodeitem.h"
#include "graphview.h"
#include "plural.h"

#include "services/graphlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;
using Services::GraphLayout;
using Services::GraphLayoutEngine;
using Services::GraphLayoutRequest;

namespace {

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

QString kindMark(ImpactKind kind)
{
    return kind == ImpactKind::Fails ? QStringLiteral("\u2716") : QStringLiteral("\u26A0");
}

QString escapedList(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("\u2014");
    QStringList escaped;
    for (const QString &item : items)
        escaped.append(item.toHtmlEscaped());
    return escaped.join(QStringLiteral(", "));
}

} // namespace

DependenciesPage::DependenciesPage(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
    , m_neighbourhood(new QCheckBox(tr("&Neighbourhood"), this))
    , m_hops(new QSpinBox(this))
    , m_changePicker(new QComboBox(this))
    , m_zoomIn(toolButton(this, QStringLiteral("zoomInButton"), tr("Zoom &in"), tr("Zoom in (+)")))
    , m_zoomOut(toolButton(this, QStringLiteral("zoomOutButton"), tr("Zoom &out"), tr("Zoom out (\u2212)")))
    , m_fit(toolButton(this, QStringLiteral("fitButton"), tr("F&it"), tr("Fit the graph in the view (F)")))
    , m_exportSvg(toolButton(this, QStringLiteral("exportSvgButton"), tr("Export S&VG\u2026"),
                             tr("Save the whole graph as an SVG drawing")))
    , m_exportPng(toolButton(this, QStringLiteral("exportPngButton"), tr("Export &PNG\u2026"),
                             tr("Save the whole graph as a PNG image")))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_view(new GraphView(this))
    , m_side(new QTextBrowser(this))
    , m_legend(new GraphLegend(this))
{
    setObjectName(QStringLiteral("dependenciesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find an integration by name, kind or owner (Ctrl+F, Enter for next)"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 2);
    m_searchStatus->setObjectName(QStringLiteral("graphSearchStatus"));
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_searchStatus);
    m_neighbourhood->setObjectName(QStringLiteral("neighbourhoodCheck"));
    m_neighbourhood->setToolTip(tr("Draw only the integrations a few hops around the selection or the change"));
    bar->addWidget(m_neighbourhood);
    auto *hopsLabel = new QLabel(tr("&Hops:"), this);
    hopsLabel->setBuddy(m_hops);
    bar->addWidget(hopsLabel);
    m_hops->setObjectName(QStringLiteral("hopsSpin"));
    m_hops->setRange(1, 6);
    m_hops->setValue(2);
    m_hops->setEnabled(false);
    bar->addWidget(m_hops);
    auto *changeLabel = new QLabel(tr("&Change:"), this);
    changeLabel->setBuddy(m_changePicker);
    bar->addWidget(changeLabel);
    m_changePicker->setObjectName(QStringLiteral("changePicker"));
    m_changePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_changePicker->setMinimumContentsLength(24);
    m_changePicker->addItem(tr("No change selected"), qint64(0));
    bar->addWidget(m_changePicker, 1);
    for (QToolButton *button : {m_zoomIn, m_zoomOut, m_fit, m_exportSvg, m_exportPng})
        bar->addWidget(button);
    layout->addLayout(bar);

    auto *statusBar = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    statusBar->addWidget(m_status, 1);
    m_progress->setObjectName(QStringLiteral("layoutProgress"));
    m_progress->setRange(0, 0); // Graphviz reports no progress: show that work is going on
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar->addWidget(m_progress);
    layout->addLayout(statusBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    m_side->setObjectName(QStringLiteral("graphSidePanel"));
    m_side->setOpenLinks(false);
    m_side->setMinimumWidth(260);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 330});
    layout->addWidget(splitter, 1);
    layout->addWidget(m_legend);

    connect(m_zoomIn, &QToolButton::clicked, m_view, &GraphView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &GraphView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &GraphView::fitAll);
    connect(m_exportSvg, &QToolButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_exportPng, &QToolButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_view, &GraphView::currentNodeChanged, this, &DependenciesPage::onCurrentNodeChanged);
    connect(m_view, &GraphView::graphShown, this, &DependenciesPage::onGraphShown);
    connect(m_view, &GraphView::buildProgress, this, &DependenciesPage::onBuildProgress);
    connect(m_search, &QLineEdit::textEdited, this, [this] { onSearch(false); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { onSearch(true); });
    connect(m_neighbourhood, &QCheckBox::toggled, this, [this](bool on) {
        m_hops->setEnabled(on);
        m_fitAfterLayout = true;
        requestLayout();
    });
    connect(m_hops, &QSpinBox::valueChanged, this, [this] {
        if (m_neighbourhood->isChecked()) {
            m_fitAfterLayout = true;
            requestLayout();
        }
    });
    connect(m_changePicker, &QComboBox::currentIndexChanged, this, &DependenciesPage::onChangePicked);
    connect(m_side, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("integration"))
            selectIntegration(url.path());
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    updateCountLabel();
    updateSidePanel();
}

DependenciesPage::~DependenciesPage()
{
    // Results of layouts still running are dropped: their watchers die with this page.
    disconnect(m_view, nullptr, this, nullptr);
}

void DependenciesPage::setEstate(EstatePtr estate)
{
    m_estate = std::move(estate);
    m_graph = DependencyGraph(m_estate);
    m_view->clear();
    m_drawnCentres.clear();
    m_pendingCurrent = -1;
    {
        const QSignalBlocker blocker(m_neighbourhood);
        m_neighbourhood->setChecked(m_graph.nodeCount() > NeighbourhoodThreshold);
        m_hops->setEnabled(m_neighbourhood->isChecked());
    }
    m_fitAfterLayout = true;
    onChangePicked();
    requestLayout();
}

void DependenciesPage::setChanges(const QList<ChangeRequest> &changes)
{
    m_changes = changes;
    const qint64 keep = m_changeId;
    {
        const QSignalBlocker blocker(m_changePicker);
        m_changePicker->clear();
        m_changePicker->addItem(tr("No change selected"), qint64(0));
        for (const ChangeRequest &change : changes) {
            m_changePicker->addItem(tr("#%1 %2 (%3)").arg(change.id).arg(change.title, change.environment), change.id);
        }
        const int index = m_changePicker->findData(keep);
        m_changePicker->setCurrentIndex(std::max(index, 0));
    }
    onChangePicked();
}

void DependenciesPage::selectChange(qint64 id)
{
    const int index = m_changePicker->findData(id);
    m_changePicker->setCurrentIndex(std::max(index, 0));
}

bool DependenciesPage::showChange(qint64 changeId)
{
    const int index = changeId == 0 ? -1 : m_changePicker->findData(changeId);
    if (index < 0)
        return false;
    m_changePicker->setCurrentIndex(index); // highlights through onChangePicked()
    return true;
}

bool DependenciesPage::showChange(const ChangeRequest &change)
{
    if (change.id == 0)
        return false;
    const auto known = std::find_if(m_changes.begin(), m_changes.end(),
                                    [&change](const ChangeRequest &c) { return c.id == change.id; });
    if (known == m_changes.end()) {
        m_changes.append(change);
        const QSignalBlocker blocker(m_changePicker);
        m_changePicker->addItem(tr("#%1 %2 (%3)").arg(change.id).arg(change.title, change.environment), change.id);
    } else {
        *known = change;
        if (change.id == m_changeId) {
            // The same change with new content (scope edited): highlight it afresh.
            m_changeId = -1;
            onChangePicked();
            return true;
        }
    }
    return showChange(change.id);
}

void DependenciesPage::onChangePicked()
{
    const qint64 id = m_changePicker->currentData().toLongLong();
    const bool changedId = id != m_changeId;
    m_changeId = id;
    const auto change = std::find_if(m_changes.cbegin(), m_changes.cend(),
                                     [id](const ChangeRequest &c) { return c.id == id; });
    if (id == 0 || change == m_changes.cend()) {
        m_view->setBlastRadius(std::nullopt);
    } else {
        m_view->setBlastRadius(m_graph.blastRadius(change->integrations, change->workloads));
    }
    updateSidePanel();
    if (changedId) {
        if (m_neighbourhood->isChecked()) {
            m_fitAfterLayout = true;
            requestLayout();
        }
        Q_EMIT changeSelected(id);
    }
}

bool DependenciesPage::selectIntegration(const QString &name)
{
    if (name.isEmpty()) {
        m_view->setCurrentNode(-1);
        return true;
    }
    const int node = m_graph.indexOf(name);
    if (node < 0)
        return false;
    if (m_view->nodeItem(node)) {
        m_view->setCurrentNode(node);
    } else {
        // Not drawn (outside the neighbourhood, or the layout is still running).
        m_pendingCurrent = node;
        if (!m_layoutPending)
            requestLayout();
    }
    return true;
}

void DependenciesPage::setContractStatus(const QHash<QString, GateResult> &status)
{
    m_contracts = status;
    m_view->setContractStatus(status);
    updateSidePanel();
}

void DependenciesPage::setHealth(const QHash<QString, double> &successRatio, const QDateTime &sampledAt, bool stale)
{
    m_health = successRatio;
    m_healthAt = sampledAt;
    m_healthStale = stale;
    m_view->setHealth(successRatio, sampledAt, stale);
    updateSidePanel();
}

void DependenciesPage::setNeighbourhoodView(bool enabled, int hops)
{
    const QSignalBlocker blocker(m_hops);
    m_hops->setValue(hops);
    if (m_neighbourhood->isChecked() == enabled) {
        m_fitAfterLayout = true;
        requestLayout();
    } else {
        m_neighbourhood->setChecked(enabled); // lays out through toggled
    }
}

bool DependenciesPage::isNeighbourhoodView() const
{
    return m_neighbourhood->isChecked();
}

QList<int> DependenciesPage::nodesToDraw() const
{
    const int n = m_graph.nodeCount();
    if (!m_neighbourhood->isChecked()) {
        QList<int> all(n);
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    QList<int> centres;
    const int current = m_pendingCurrent >= 0 ? m_pendingCurrent : m_view->currentNode();
    if (current >= 0)
        centres.append(current);
    const auto &blast = m_view->blastRadius();
    if (blast && !blast->isEmpty())
        centres += blast->changed;
    if (centres.isEmpty() && n > 0) {
        // Nothing chosen yet: start from the most connected integration.
        int best = 0;
        for (int i = 1; i < n; ++i) {
            if (m_graph.inEdges(i).size() + m_graph.outEdges(i).size()
                > m_graph.inEdges(best).size() + m_graph.outEdges(best).size())
                best = i;
        }
        centres.append(best);
    }
    QList<int> nodes = m_graph.neighbourhood(centres, m_hops->value());
    if (blast && !blast->isEmpty()) {
        // Everything the change reaches is drawn, so no affected integration is hidden.
        QSet<int> set(nodes.cbegin(), nodes.cend());
        for (int i = 0; i < n; ++i) {
            if (blast->contains(i))
                set.insert(i);
        }
        nodes = QList<int>(set.cbegin(), set.cend());
        std::sort(nodes.begin(), nodes.end());
    }
    return nodes;
}

void DependenciesPage::requestLayout()
{
    const int generation = ++m_generation;
    // A drawing still being built for an older layout is out of date.
    m_view->cancelBuild();
    if (!m_estate || m_graph.nodeCount() == 0) {
        m_layoutPending = false;
        m_progress->hide();
        m_view->clear();
        updateCountLabel();
        updateSidePanel();
        return;
    }
    const QList<int> nodes = nodesToDraw();
    const int current = m_pendingCurrent >= 0 ? m_pendingCurrent : m_view->currentNode();
    m_drawnCentres = current >= 0 ? QList<int>{current} : QList<int>{};

    // What to measure; the measuring itself (text layout of every box) runs on a worker
    // thread, as it takes tens of milliseconds for hundreds of integrations.
    QList<GraphNodeItem::Content> contents;
    contents.reserve(nodes.size());
    for (const int node : nodes) {
        const Integration &integration = m_graph.integration(node);
        contents.append({integration.name,
                         integration.displayName.isEmpty() ? integration.name : integration.displayName,
                         integration.kind, integration.owner, integration.criticality});
    }
    QList<GraphLayoutRequest::Edge> edges;
    QSet<int> drawn(nodes.cbegin(), nodes.cend());
    for (const DependencyGraph::Edge &edge : m_graph.edges()) {
        if (drawn.contains(edge.from) && drawn.contains(edge.to))
            edges.append({m_graph.integration(edge.from).name, m_graph.integration(edge.to).name});
    }

    m_layoutPending = true;
    m_progress->setRange(0, 0); // Graphviz reports no progress: show that work is going on
    m_progress->show();
    m_status->setText(plural(tr("Laying out %n integration(s)\u2026", nullptr, int(nodes.size())), int(nodes.size())));
    const DependencyGraph graph = m_graph;
    const QFont font = m_view->font();
    auto measured = QtConcurrent::run([contents, edges, font] {
        GraphLayoutRequest request;
        request.direction = GraphLayoutRequest::Direction::LeftToRight;
        request.nodes.reserve(contents.size());
        for (const GraphNodeItem::Content &content : contents)
            request.nodes.append({content.name, GraphNodeItem::preferredSize(font, content)});
        request.edges = edges;
        return request;
    });
    whenFinished(measured, this, [this, generation, graph](const GraphLayoutRequest &request) {
        if (generation != m_generation)
            return; // a newer estate or view superseded this layout
        whenFinished(GraphLayoutEngine::layout(request), this,
                     [this, generation, graph](const Result<GraphLayout> &result) {
                         if (generation != m_generation)
                             return;
                         if (!result.ok()) {
                             m_layoutPending = false;
                             m_progress->hide();
                             m_status->setText(result.error().message);
                             Q_EMIT layoutFailed(result.error().message);
                             return;
                         }
                         const int nodeCount = int(result.value().nodes.size());
                         m_progress->setRange(0, std::max(1, nodeCount + int(result.value().edges.size())));
                         m_progress->setValue(0);
                         m_status->setText(plural(tr("Drawing %n integration(s)\u2026", nullptr, nodeCount), nodeCount));
                         // Built over several event-loop turns; onGraphShown() finishes.
                         m_view->showGraph(graph, result.value());
                     });
    });
}

void DependenciesPage::onBuildProgress(int done, int total)
{
    if (!m_layoutPending)
        return;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void DependenciesPage::onGraphShown()
{
    if (!m_layoutPending)
        return;
    m_layoutPending = false;
    m_progress->hide();
    if (m_pendingCurrent >= 0) {
        const int pending = m_pendingCurrent;
        m_pendingCurrent = -1;
        m_view->setCurrentNode(pending, false);
    }
    if (m_fitAfterLayout || m_neighbourhood->isChecked())
        m_view->fitAll();
    m_fitAfterLayout = false;
    updateCountLabel();
    updateSidePanel();
    Q_EMIT layoutFinished();
}

void DependenciesPage::updateCountLabel()
{
    if (!m_estate) {
        m_status->setText(tr("No estate is open."));
        return;
    }
    const int total = m_graph.nodeCount();
    const int drawn = int(m_view->drawnNodes().size());
    const int edges = int(m_graph.edges().size());
    QString text = plural(tr("%n integration(s)", nullptr, total), total) + QStringLiteral(", ")
                 + (edges == 1 ? tr("1 dependency") : tr("%1 dependencies").arg(edges));
    if (m_neighbourhood->isChecked())
        text += QStringLiteral(" \u2014 ")
              + tr("showing %1 within %2 hops of the selection").arg(drawn).arg(m_hops->value());
    m_status->setText(text);
}

void DependenciesPage::onCurrentNodeChanged(int node)
{
    // In the neighbourhood view a new selection brings its own neighbourhood.
    if (m_neighbourhood->isChecked() && node >= 0 && !m_drawnCentres.contains(node) && !m_layoutPending) {
        m_pendingCurrent = node;
        requestLayout();
    }
    updateSidePanel();
}

void DependenciesPage::onSearch(bool next)
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searchStatus->clear();
        return;
    }
    QList<int> matches;
    for (int i = 0; i < m_graph.nodeCount(); ++i) {
        const Integration &integration = m_graph.integration(i);
        if (integration.name.contains(text, Qt::CaseInsensitive)
            || integration.displayName.contains(text, Qt::CaseInsensitive)
            || integration.kind.contains(text, Qt::CaseInsensitive)
            || integration.owner.contains(text, Qt::CaseInsensitive))
            matches.append(i);
    }
    if (matches.isEmpty()) {
        m_searchStatus->setText(tr("no match"));
        return;
    }
    int pick = matches.constFirst();
    const qsizetype at = matches.indexOf(m_view->currentNode());
    if (next && at >= 0)
        pick = matches.at((at + 1) % matches.size());
    else if (at >= 0)
        pick = matches.at(at);
    m_searchStatus->setText(tr("%1 of %2").arg(matches.indexOf(pick) + 1).arg(matches.size()));
    selectIntegration(m_graph.integration(pick).name);
}

QString DependenciesPage::nameLink(int node) const
{
    const Integration &integration = m_graph.integration(node);
    return QStringLiteral("<a href=\"integration:%1\">%2</a>")
        .arg(integration.name.toHtmlEscaped(),
             (integration.displayName.isEmpty() ? integration.name : integration.displayName).toHtmlEscaped());
}

void DependenciesPage::updateSidePanel()
{
    QString html;
    const auto &blast = m_view->blastRadius();
    if (blast && m_changeId != 0)
        html = blastPanel();
    else if (m_view->currentNode() >= 0)
        html = nodePanel(m_view->currentNode());
    else if (m_estate)
        html = QStringLiteral("<p>%1</p><p>%2</p>")
                   .arg(tr("Select an integration to see what it depends on (upstream), what depends on it "
                           "(downstream), and the processes, partners and sites they carry."),
                        tr("Pick a change to see its blast radius: what fails, what degrades, and why."));
    else
        html = QStringLiteral("<p>%1</p>").arg(tr("Open an estate to see its integration graph."));
    m_side->setHtml(html);
}

QString DependenciesPage::nodePanel(int node) const
{
    const Integration &integration = m_graph.integration(node);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg((integration.displayName.isEmpty() ? integration.name : integration.displayName)
                                .toHtmlEscaped(),
                            tr("%1 · %2 · owned by %3")
                                .arg(integration.kind.toHtmlEscaped(),
                                     GraphNodeItem::criticalityText(integration.criticality),
                                     integration.owner.toHtmlEscaped()));
    if (const auto h = m_health.constFind(integration.name); h != m_health.cend()) {
        html += QStringLiteral("<p>")
              + tr("Success rate: %1%").arg(QLocale().toString(*h * 100.0, 'f', 1));
        if (m_healthStale)
            html += QLatin1Char(' ') + tr("(stale)");
        html += QStringLiteral("</p>");
    }
    if (const auto c = m_contracts.constFind(integration.name); c != m_contracts.cend()) {
        html += QStringLiteral("<p>") + tr("Data contract: %1").arg(c->summary.toHtmlEscaped());
        if (!c->evidence.isEmpty())
            html += QStringLiteral("<br>") + escapedList(c->evidence);
        html += QStringLiteral("</p>");
    }

    auto section = [&](const QString &title, const QList<int> &nodes, bool upstream) {
        html += QStringLiteral("<h4>%1</h4>").arg(title.toHtmlEscaped());
        if (nodes.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("None."));
            return;
        }
        // Direct neighbours first with the mode of their link, then the rest.
        QHash<int, DependencyMode> direct;
        for (const int e : upstream ? m_graph.inEdges(node) : m_graph.outEdges(node)) {
            const DependencyGraph::Edge &edge = m_graph.edges().at(e);
            direct.insert(upstream ? edge.from : edge.to, edge.mode);
        }
        QStringList items;
        for (const int n : nodes) {
            if (direct.contains(n))
                items.append(nameLink(n) + QStringLiteral(" <i>(") + GraphEdgeItem::modeText(direct.value(n))
                             + QStringLiteral(")</i>"));
        }
        for (const int n : nodes) {
            if (!direct.contains(n))
                items.append(nameLink(n) + QStringLiteral(" <i>(") + tr("indirect") + QStringLiteral(")</i>"));
        }
        html += QStringLiteral("<ul><li>") + items.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
        const CarriedItems carried = m_graph.carriedBy(nodes);
        html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> %6</p>")
                    .arg(tr("Processes:"), escapedList(carried.processes), tr("Partners:"),
                         escapedList(carried.partners), tr("Sites:"), escapedList(carried.sites));
    };
    section(tr("Upstream: it depends on"), m_graph.upstream(node), true);
    section(tr("Downstream: depends on it"), m_graph.downstream(node), false);
    return html;
}

QString DependenciesPage::blastPanel() const
{
    const BlastRadius &radius = *m_view->blastRadius();
    const auto change = std::find_if(m_changes.cbegin(), m_changes.cend(),
                                     [this](const ChangeRequest &c) { return c.id == m_changeId; });
    QString html;
    if (change != m_changes.cend())
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(tr("Change #%1: %2").arg(change->id).arg(change->title).toHtmlEscaped());
    int fails = 0, degrades = 0;
    for (const AffectedIntegration &a : radius.report().integrations)
        (a.kind == ImpactKind::Fails ? fails : degrades) += 1;
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("\u2716 %1 fail · \u26A0 %2 degrade (of %3 integrations)")
                         .arg(fails)
                         .arg(degrades)
                         .arg(m_graph.nodeCount()));
    if (!radius.report().unknownNames.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Not in the estate: %1").arg(escapedList(radius.report().unknownNames)));

    const int current = m_view->currentNode();
    if (const AffectedIntegration *why = radius.affected(current)) {
        html += QStringLiteral("<p><b>%1</b><br>%2 %3</p>")
                    .arg(tr("Why the selection is affected:"), kindMark(why->kind),
                         why->path.toString().toHtmlEscaped());
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Affected integrations"));
    for (const AffectedIntegration &a : radius.report().integrations) {
        const int node = m_graph.indexOf(a.name);
        html += QStringLiteral("<li>%1 %2 <i>%3</i><br><small>%4</small></li>")
                    .arg(kindMark(a.kind), node >= 0 ? nameLink(node) : a.name.toHtmlEscaped(),
                         a.kind == ImpactKind::Fails ? tr("fails") : tr("degrades"),
                         a.path.toString().toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    auto items = [&](const QString &title, const QList<AffectedItem> &list) {
        if (list.isEmpty())
            return;
        QStringList entries;
        for (const AffectedItem &item : list)
            entries.append(kindMark(item.kind) + QLatin1Char(' ') + item.name.toHtmlEscaped()
                           + QStringLiteral(" <small>(") + tr("via %1").arg(item.via.toHtmlEscaped())
                           + QStringLiteral(")</small>"));
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(title, entries.join(QStringLiteral("<br>")));
    };
    items(tr("Processes"), radius.report().processes);
    items(tr("Partners"), radius.report().partners);
    items(tr("Sites"), radius.report().sites);
    return html;
}

Status DependenciesPage::exportSvg(const QString &fileName) const
{
    const QRectF bounds = m_view->sceneBounds();
    if (m_view->drawnNodes().isEmpty())
        return Status::failure(tr("There is no graph to export yet."));
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(bounds.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
    generator.setTitle(tr("Integration dependencies"));
    generator.setDescription(m_estate ? m_estate->name : QString());
    QPainter painter;
    if (!painter.begin(&generator))
        return Status::failure(tr("Could not write %1.").arg(fileName));
    m_view->renderScene(&painter, QRectF(QPointF(0, 0), bounds.size()));
    painter.end();
    return Done{};
}

Status DependenciesPage::exportPng(const QString &fileName) const
{
    const QRectF bounds = m_view->sceneBounds();
    if (m_view->drawnNodes().isEmpty())
        return Status::failure(tr("There is no graph to export yet."));
    // Twice the scene size for sharp text, within what an image viewer opens comfortably.
    const double scale = std::min(2.0, 16000.0 / std::max(bounds.width(), bounds.height()));
    QImage image((bounds.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        m_view->renderScene(&painter, QRectF(QPointF(0, 0), bounds.size() * scale));
    }
    if (!image.save(fileName, "PNG"))
        return Status::failure(tr("Could not write %1.").arg(fileName));
    return Done{};
}

void DependenciesPage::exportWithDialog(bool svg)
{
    const QString filter = svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)");
    QString fileName = QFileDialog::getSaveFileName(this, svg ? tr("Export SVG") : tr("Export PNG"), QString(), filter);
    if (fileName.isEmpty())
        return;
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!fileName.endsWith(suffix, Qt::CaseInsensitive))
        fileName += suffix;
    const Status status = svg ? exportSvg(fileName) : exportPng(fileName);
    if (!status.ok())
        QMessageBox::warning(this, tr("Export failed"), status.error().message);
}

} // namespace Gatehouse::Ui
