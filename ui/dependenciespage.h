#pragma once

#include "models/changerequest.h"
#include "models/dependencygraph.h"
#include "models/estate.h"
#include "models/gateresult.h"
#include "models/result.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QTextBrowser;
class QToolButton;

namespace Gatehouse::Ui {

class GraphLegend;
class GraphView;

/// The Dependencies area: the estate's integration graph laid out by Graphviz on a
/// worker thread, with search, a neighbourhood view (N hops around the selection,
/// on by default above 300 integrations), zoom and fit, a legend, SVG/PNG export, a
/// change picker that highlights the change's blast radius, and a side panel that
/// explains the selection (upstream, downstream, what they carry) or the blast radius
/// (each affected integration with the path that explains it). UI thread only.
class DependenciesPage : public QWidget
{
    Q_OBJECT

public:
    /// Above this many integrations the page starts in the neighbourhood view.
    static constexpr int NeighbourhoodThreshold = 300;

    explicit DependenciesPage(QWidget *parent = nullptr);
    ~DependenciesPage() override;

    /// Shows a new estate (null: none) and lays it out.
    void setEstate(Models::EstatePtr estate);
    /// The changes offered in the change picker; keeps the selected one when still there.
    void setChanges(const QList<Models::ChangeRequest> &changes);
    /// Picks a change by id and highlights its blast radius; 0 clears it.
    void selectChange(qint64 id);
    /// Shows a change picked elsewhere (the Changes area): selects it in the change
    /// picker and highlights its blast radius. False, and nothing changes, when the
    /// picker does not offer `changeId` (see setChanges()).
    bool showChange(qint64 changeId);
    /// The same for a change that may not be in the picker yet: it is added first.
    bool showChange(const Models::ChangeRequest &change);
    /// Selects an integration by name (empty: none); returns false when there is none.
    bool selectIntegration(const QString &name);
    /// Data-contract result per integration name (from the contracts check).
    void setContractStatus(const QHash<QString, Models::GateResult> &status);
    /// Live success ratio 0..1 per integration name, sampled at `sampledAt`; `stale`
    /// when the monitoring source is down and these are the last good values.
    void setHealth(const QHash<QString, double> &successRatio, const QDateTime &sampledAt, bool stale = false);

    /// The neighbourhood view and its radius in hops.
    void setNeighbourhoodView(bool enabled, int hops = 2);
    bool isNeighbourhoodView() const;

    /// Writes the whole drawing (not only the visible part) to a file.
    Models::Status exportSvg(const QString &fileName) const;
    Models::Status exportPng(const QString &fileName) const;

    /// A layout is running, or its drawing is still being built.
    bool isLayoutPending() const { return m_layoutPending; }
    GraphView *graphView() const { return m_view; }
    const Models::DependencyGraph &graph() const { return m_graph; }

Q_SIGNALS:
    /// A layout arrived and its drawing is complete and on screen.
    void layoutFinished();
    /// The layout failed; the message says why.
    void layoutFailed(const QString &reason);
    /// The user picked another change (0: none).
    void changeSelected(qint64 id);

private:
    void requestLayout();
    void onGraphShown();
    void onBuildProgress(int done, int total);
    QList<int> nodesToDraw() const;
    void onCurrentNodeChanged(int node);
    void onChangePicked();
    void onSearch(bool next);
    void updateSidePanel();
    void updateCountLabel();
    QString nodePanel(int node) const;
    QString blastPanel() const;
    QString nameLink(int node) const;
    void exportWithDialog(bool svg);

    Models::EstatePtr m_estate;
    Models::DependencyGraph m_graph;
    QList<Models::ChangeRequest> m_changes;
    qint64 m_changeId = 0;
    QHash<QString, Models::GateResult> m_contracts;
    QHash<QString, double> m_health;
    QDateTime m_healthAt;
    bool m_healthStale = false;

    int m_generation = 0;
    bool m_layoutPending = false;
    bool m_fitAfterLayout = true;
    /// The centre of the drawn neighbourhood, to know when a selection needs a new one.
    QList<int> m_drawnCentres;
    /// A node to make current once the layout that contains it arrives.
    int m_pendingCurrent = -1;

    QLineEdit *m_search;
    QLabel *m_searchStatus;
    QCheckBox *m_neighbourhood;
    QSpinBox *m_hops;
    QComboBox *m_changePicker;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QToolButton *m_exportSvg;
    QToolButton *m_exportPng;
    QLabel *m_status;
    QProgressBar *m_progress;
    GraphView *m_view;
    QTextBrowser *m_side;
    GraphLegend *m_legend;
};

} // namespace Gatehouse::Ui
