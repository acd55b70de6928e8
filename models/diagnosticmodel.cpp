#include "diagnosticmodel.h"

namespace Gatehouse::Models {

DiagnosticModel::DiagnosticModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiagnosticModel::setDiagnostics(const Diagnostics &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LocationColumn:
            return d.location.toString();
        case SeverityColumn:
            return d.severity == Diagnostic::Severity::Error ? tr("Error") : tr("Warning");
        case MessageColumn:
            return d.message;
        }
        return {};
    case Qt::ToolTipRole:
        return d.toString();
    case FileRole:
        return d.location.file;
    case LineRole:
        return d.location.line;
    case ColumnRole:
        return d.location.column;
    case SeverityRole:
        return static_cast<int>(d.severity);
    }
    return {};
}

QVariant DiagnosticModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LocationColumn:
        return tr("Location");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

QHash<int, QByteArray> DiagnosticModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FileRole, "file");
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(SeverityRole, "severity");
    return names;
}

} // namespace Gatehouse::Models
