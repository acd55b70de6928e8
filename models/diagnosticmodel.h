#pragma once

#include "diagnostic.h"

#include <QAbstractTableModel>

namespace Gatehouse::Models {

/// Estate loader findings as a table, for the errors panel (which jumps to
/// FileRole / LineRole / ColumnRole). setDiagnostics() swaps the table. UI thread only.
class DiagnosticModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LocationColumn, SeverityColumn, MessageColumn, ColumnCount };
    enum Roles {
        FileRole = Qt::UserRole + 1, ///< QString, the file
        LineRole,                    ///< int, 1-based (0 = whole file)
        ColumnRole,                  ///< int, 1-based (0 = unknown)
        SeverityRole,                ///< int, static_cast<int>(Diagnostic::Severity)
    };

    explicit DiagnosticModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Diagnostics m_diagnostics;
};

} // namespace Gatehouse::Models
