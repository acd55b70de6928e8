#pragma once

#include "models/changerequest.h"
#include "models/estateenums.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSortFilterProxyModel>
#include <QString>

namespace Gatehouse::Ui {

/// What the Changes list shows: free text plus structured criteria. An empty
/// criterion lets everything through. Plain value; saved views store it.
struct ChangeFilter
{
    QString text;                        ///< any column, case-insensitive
    QList<Models::ChangeState> states;   ///< empty = every state
    QList<Models::ChangeType> types;     ///< empty = every type
    QString environment;                 ///< exact name; empty = every environment
    QString requester;                   ///< exact login; empty = anyone
    /// Only changes that need a decision (submitted or assessed).
    bool needsDecision = false;

    bool isEmpty() const;
    bool operator==(const ChangeFilter &other) const = default;
};

/// Filters a ChangeRequestModel by a ChangeFilter (or free text through
/// setFilterFixedString, which sets ChangeFilter::text; the text matches a change's
/// id, title, environment, type, state, time zone or requester) and sorts it; the window
/// column sorts by the window's start in UTC, so changes planned in different
/// time zones come out in chronological order. UI thread only.
class ChangeFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChangeFilterProxyModel(QObject *parent = nullptr);

    /// Replaces every criterion (one re-filter).
    void setChangeFilter(const ChangeFilter &filter);
    ChangeFilter changeFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// The searchable text of a change (id, title, environment, type, state, zone,
    /// requester), cached per change until it is updated.
    QString haystack(const Models::ChangeRequest &change) const;

    ChangeFilter m_filter; ///< text lives in the base class's filter expression
    mutable QHash<qint64, QPair<QDateTime, QPair<QString, int>>> m_haystacks;
    mutable QHash<int, QString> m_typeTexts;
    mutable QHash<int, QString> m_stateTexts;
    mutable QString m_textPattern; ///< the base class's pattern m_text was unescaped from
    mutable QString m_text;
};

} // namespace Gatehouse::Ui
