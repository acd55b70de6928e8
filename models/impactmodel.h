#pragma once

#include "impactanalysis.h"

#include <QAbstractItemModel>

namespace Gatehouse::Models {

/// An ImpactReport as a two-level tree: five category rows (Integrations,
/// Business processes, Partners, Sites, Environments, each with its count in
/// the text) whose children are the affected items. setReport() swaps the
/// whole tree. UI thread only.
class ImpactModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Category {
        IntegrationsCategory,
        ProcessesCategory,
        PartnersCategory,
        SitesCategory,
        EnvironmentsCategory,
        CategoryCount
    };
    enum Column { NameColumn, EffectColumn, PathColumn, ViaColumn, ColumnCount };
    enum Roles {
        NameRole = Qt::UserRole + 1, ///< QString, the affected item's name (empty on category rows)
        ImpactKindRole,              ///< int, static_cast<int>(ImpactKind) (invalid on category rows)
        PathRole,                    ///< QStringList, the path's hops
        CategoryRole,                ///< int, Category of the row or of its parent
    };

    explicit ImpactModel(QObject *parent = nullptr);

    void setReport(const ImpactReport &report);
    const ImpactReport &report() const { return m_report; }

    /// Index of the category row.
    QModelIndex categoryIndex(Category category) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Translated "fails" / "degrades".
    static QString impactKindText(ImpactKind kind);

private:
    struct Row
    {
        QString name;
        ImpactKind kind = ImpactKind::Fails;
        QString via;
        ImpactPath path;
    };

    QList<Row> m_rows[CategoryCount];
    ImpactReport m_report;
};

} // namespace Gatehouse::Models
