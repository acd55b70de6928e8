#include "changefilterproxymodel.h"

#include "models/changerequestmodel.h"

#include <QDateTime>

namespace Gatehouse::Ui {

using Models::ChangeRequest;
using Models::ChangeRequestModel;
using Models::ChangeState;

bool ChangeFilter::isEmpty() const
{
    return text.isEmpty() && states.isEmpty() && types.isEmpty() && environment.isEmpty() && requester.isEmpty()
        && !needsDecision;
}

ChangeFilterProxyModel::ChangeFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ChangeFilterProxyModel::setChangeFilter(const ChangeFilter &filter)
{
    m_filter = filter;
    m_filter.text.clear();
    // setFilterFixedString re-filters once; when the text is unchanged, do it here.
    if (filterRegularExpression().pattern() == QRegularExpression::escape(filter.text))
        invalidateFilter();
    else
        setFilterFixedString(filter.text);
}

ChangeFilter ChangeFilterProxyModel::changeFilter() const
{
    ChangeFilter filter = m_filter;
    // The base class keeps the text escaped; undo that for callers.
    QString pattern = filterRegularExpression().pattern();
    QString text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1Char('\\') && i + 1 < pattern.size())
            ++i;
        text += pattern.at(i);
    }
    filter.text = text;
    return filter;
}

bool ChangeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Structured criteria read the change itself: cheaper than formatting columns.
    const auto *model = qobject_cast<const ChangeRequestModel *>(sourceModel());
    if (const ChangeRequest *change = model ? model->changeAt(sourceRow) : nullptr) {
        if (!m_filter.states.isEmpty() && !m_filter.states.contains(change->state))
            return false;
        if (!m_filter.types.isEmpty() && !m_filter.types.contains(change->type))
            return false;
        if (!m_filter.environment.isEmpty() && change->environment != m_filter.environment)
            return false;
        if (!m_filter.requester.isEmpty() && change->requester != m_filter.requester)
            return false;
        if (m_filter.needsDecision && change->state != ChangeState::Submitted
            && change->state != ChangeState::Assessed)
            return false;
        const QString pattern = filterRegularExpression().pattern();
        if (pattern != m_textPattern) {
            m_textPattern = pattern;
            m_text = changeFilter().text;
        }
        const QString &text = m_text;
        if (text.isEmpty())
            return true;
        // Formatting every column (windows in their zones) for 20,000 rows is what made
        // typing slow; the words a person filters by are matched on the fields instead.
        return haystack(*change).contains(text, Qt::CaseInsensitive);
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

QString ChangeFilterProxyModel::haystack(const ChangeRequest &change) const
{
    const auto cached = m_haystacks.constFind(change.id);
    if (cached != m_haystacks.cend() && cached->first == change.updatedAt && cached->second.second == int(change.state))
        return cached->second.first;
    // Translated names looked up once per kind, not once per row.
    const int type = int(change.type);
    const int state = int(change.state);
    if (!m_typeTexts.contains(type))
        m_typeTexts.insert(type, ChangeRequestModel::typeText(change.type));
    if (!m_stateTexts.contains(state))
        m_stateTexts.insert(state, ChangeRequestModel::stateText(change.state));
    const QChar sep(0x1f); // never typed, so no match spans two fields
    const QString text = QString::number(change.id) + sep + change.title + sep + change.environment + sep
        + m_typeTexts.value(type) + sep + m_stateTexts.value(state) + sep + change.windowTimeZone + sep
        + change.requester;
    m_haystacks.insert(change.id, {change.updatedAt, {text, int(change.state)}});
    return text;
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
