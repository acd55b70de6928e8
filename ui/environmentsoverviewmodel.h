#pragma once

#include "models/environment.h"
#include "models/sourcestate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace Gatehouse::Ui {

/// The health of every environment of the estate at a glance: a row per environment, a
/// column per aspect (application pods, PostgreSQL, Redis, ingress, queues, integrations,
/// backups, firing alerts). Each cell holds a level, a summary in words and the state of
/// the source it came from, so a card can say "Healthy — p95 230 ms" or "stale since
/// 10:42: connection refused" and never relies on colour alone.
///
/// Updates are incremental: setAspect() and setSourceState() emit dataChanged for the row
/// whose cell changed (from its environment column, so a card view repaints the card),
/// and nothing when nothing changed. Between beginUpdate() and endUpdate() each changed
/// row is announced once, at the end, however many of its cells changed. UI thread only.
class EnvironmentsOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EnvironmentColumn,
        PodsColumn,
        PostgresColumn,
        RedisColumn,
        IngressColumn,
        QueuesColumn,
        IntegrationsColumn,
        BackupsColumn,
        AlertsColumn,
        ColumnCount
    };

    enum class Level { Unknown, NotConfigured, Ok, Warning, Critical };

    struct Aspect
    {
        Level level = Level::Unknown;
        QString summary;           ///< e.g. "p95 230 ms, 5xx 0.20 %"
        Models::SourceState source; ///< of the source the values came from
        QString sourceName;        ///< "Prometheus", "PostgreSQL", "Alertmanager", "Kubernetes"

        friend bool operator==(const Aspect &, const Aspect &) = default;
    };

    enum Role {
        LevelRole = Qt::UserRole + 1, ///< int(Level) as shown (Unknown when a source never answered)
        SummaryRole,                  ///< QString
        SourceStatusRole,             ///< int(SourceState::Status)
        SourceReasonRole,             ///< QString
        LastGoodRole,                 ///< QDateTime (UTC)
        SourceNameRole,               ///< QString
        EnvironmentNameRole,          ///< QString, the estate name of the row's environment
        WorstLevelRole,               ///< int(Level), on the environment column: the row's worst aspect
        StatusTextRole,               ///< QString: "Healthy", "Warning", … plus the source's state when not fresh
    };

    explicit EnvironmentsOverviewModel(QObject *parent = nullptr);

    /// A new estate: one row per environment (a new result set, so a model reset).
    void setEnvironments(const QList<Models::Environment> &environments);
    int rowOfEnvironment(const QString &name) const;
    QString environmentAt(int row) const;
    QString displayNameAt(int row) const;

    Aspect aspect(int row, Column column) const;
    /// Replaces one cell; dataChanged for that cell only when it differs.
    void setAspect(const QString &environment, Column column, const Aspect &aspect);
    /// Changes only the source state of one cell (its level and summary stay, as the last
    /// good values).
    void setSourceState(const QString &environment, Column column, const Models::SourceState &state);
    /// Groups the updates of one poll; calls nest.
    void beginUpdate();
    void endUpdate();

    /// The worst level of a row, ignoring not-configured aspects.
    Level worstLevel(int row) const;

    static QString levelText(Level level);
    static QString columnTitle(int column);
    /// "Healthy", or "Healthy (stale: reason)", as DisplayRole shows for a cell.
    static QString statusText(const Aspect &aspect);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString displayName;
        Aspect aspects[ColumnCount];
    };

    void announce(int row);

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    int m_updateDepth = 0;
    QList<bool> m_changedRows; ///< rows changed inside the current update, by row
    int m_firstChanged = -1;
    int m_lastChanged = -1;
};

} // namespace Gatehouse::Ui
