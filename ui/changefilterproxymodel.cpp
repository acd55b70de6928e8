#include "changefilterproxymodel.h"

#include "models/changerequestmodel.h"

#include <QDateTime>

namespace Gatehouse::Ui {

using Models::ChangeRequestModel;

ChangeFilterProxyModel::ChangeFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool ChangeFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ChangeRequestModel::WindowColumn) {
        const QDateTime a = left.data(ChangeRequestModel::WindowStartRole).toDateTime();
        const QDateTime b = right.data(ChangeRequestModel::WindowStartRole).toDateTime();
        if (a != b)
            return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Gatehouse::Ui
