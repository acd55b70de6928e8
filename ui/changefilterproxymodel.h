#pragma once

#include <QSortFilterProxyModel>

namespace Gatehouse::Ui {

/// Filters a ChangeRequestModel by free text over every column and sorts it;
/// the window column sorts by the window's start in UTC, so changes planned in
/// different time zones come out in chronological order. UI thread only.
class ChangeFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChangeFilterProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Gatehouse::Ui
