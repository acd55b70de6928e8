#include "patch.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

QJsonValue applyMergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject patchObject = patch.toObject();
    for (auto it = patchObject.begin(); it != patchObject.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), applyMergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

// Lists Kubernetes merges element-wise, by the field named here.
static QString mergeKeyFor(const QString &field)
{
    if (field == u"containers"_s || field == u"initContainers"_s || field == u"ephemeralContainers"_s
        || field == u"env"_s || field == u"volumes"_s || field == u"imagePullSecrets"_s)
        return u"name"_s;
    if (field == u"ports"_s)
        return u"containerPort"_s;
    if (field == u"volumeMounts"_s)
        return u"mountPath"_s;
    if (field == u"conditions"_s)
        return u"type"_s;
    if (field == u"ownerReferences"_s)
        return u"uid"_s;
    return QString();
}

static QJsonValue strategicMerge(const QJsonValue &target, const QJsonValue &patch);

static QJsonArray mergeListByKey(const QJsonArray &target, const QJsonArray &patch, const QString &key)
{
    QJsonArray result = target;
    for (const QJsonValue &patchItem : patch) {
        const QJsonObject patchObject = patchItem.toObject();
        const QJsonValue keyValue = patchObject.value(key);
        const bool deleteItem = patchObject.value(u"$patch"_s).toString() == u"delete"_s;
        qsizetype found = -1;
        for (qsizetype i = 0; i < result.size(); ++i) {
            if (result.at(i).toObject().value(key) == keyValue) {
                found = i;
                break;
            }
        }
        if (deleteItem) {
            if (found >= 0)
                result.removeAt(found);
        } else if (found >= 0) {
            result.replace(found, strategicMerge(result.at(found), patchObject));
        } else {
            result.append(strategicMerge(QJsonObject(), patchObject));
        }
    }
    return result;
}

static QJsonValue strategicMerge(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject patchObject = patch.toObject();
    for (auto it = patchObject.begin(); it != patchObject.end(); ++it) {
        const QString field = it.key();
        if (field.startsWith(u'$'))
            continue;
        if (it.value().isNull()) {
            result.remove(field);
            continue;
        }
        const QString mergeKey = mergeKeyFor(field);
        if (it.value().isArray() && !mergeKey.isEmpty() && result.value(field).isArray()) {
            result.insert(field, mergeListByKey(result.value(field).toArray(), it.value().toArray(), mergeKey));
            continue;
        }
        if (it.value().isArray() && !mergeKey.isEmpty()) {
            QJsonArray cleaned;
            for (const QJsonValue &item : it.value().toArray())
                cleaned.append(strategicMerge(QJsonObject(), item));
            result.insert(field, cleaned);
            continue;
        }
        result.insert(field, strategicMerge(result.value(field), it.value()));
    }
    return result;
}

QJsonValue applyStrategicMergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    return strategicMerge(target, patch);
}

static QStringList pointerTokens(const QString &pointer, bool *ok)
{
    *ok = true;
    if (pointer.isEmpty())
        return {};
    if (!pointer.startsWith(u'/')) {
        *ok = false;
        return {};
    }
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString &token : tokens)
        token = token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return tokens;
}

// Applies fn to the container addressed by tokens[0..n-2]; returns false if a step is missing.
static bool modifyAt(QJsonValue &node, const QStringList &tokens, qsizetype index,
                     const std::function<bool(QJsonValue &parent, const QString &last)> &fn)
{
    if (index == tokens.size() - 1)
        return fn(node, tokens.at(index));
    const QString &token = tokens.at(index);
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (!object.contains(token))
            return false;
        QJsonValue child = object.value(token);
        if (!modifyAt(child, tokens, index + 1, fn))
            return false;
        object.insert(token, child);
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const int position = token.toInt(&ok);
        if (!ok || position < 0 || position >= array.size())
            return false;
        QJsonValue child = array.at(position);
        if (!modifyAt(child, tokens, index + 1, fn))
            return false;
        array.replace(position, child);
        node = array;
        return true;
    }
    return false;
}

static std::optional<QJsonValue> getAt(const QJsonValue &node, const QStringList &tokens)
{
    QJsonValue current = node;
    for (const QString &token : tokens) {
        if (current.isObject()) {
            if (!current.toObject().contains(token))
                return std::nullopt;
            current = current.toObject().value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const int position = token.toInt(&ok);
            if (!ok || position < 0 || position >= current.toArray().size())
                return std::nullopt;
            current = current.toArray().at(position);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

static bool addAt(QJsonValue &document, const QStringList &tokens, const QJsonValue &value)
{
    if (tokens.isEmpty()) {
        document = value;
        return true;
    }
    return modifyAt(document, tokens, 0, [&value](QJsonValue &parent, const QString &last) {
        if (parent.isObject()) {
            QJsonObject object = parent.toObject();
            object.insert(last, value);
            parent = object;
            return true;
        }
        if (parent.isArray()) {
            QJsonArray array = parent.toArray();
            if (last == u"-"_s) {
                array.append(value);
            } else {
                bool ok = false;
                const int position = last.toInt(&ok);
                if (!ok || position < 0 || position > array.size())
                    return false;
                array.insert(position, value);
            }
            parent = array;
            return true;
        }
        return false;
    });
}

static bool removeAt(QJsonValue &document, const QStringList &tokens)
{
    if (tokens.isEmpty())
        return false;
    return modifyAt(document, tokens, 0, [](QJsonValue &parent, const QString &last) {
        if (parent.isObject()) {
            QJsonObject object = parent.toObject();
            if (!object.contains(last))
                return false;
            object.remove(last);
            parent = object;
            return true;
        }
        if (parent.isArray()) {
            QJsonArray array = parent.toArray();
            bool ok = false;
            const int position = last.toInt(&ok);
            if (!ok || position < 0 || position >= array.size())
                return false;
            array.removeAt(position);
            parent = array;
            return true;
        }
        return false;
    });
}

std::optional<QJsonValue> applyJsonPatch(const QJsonValue &document, const QJsonArray &operations, QString *error)
{
    QJsonValue result = document;
    for (const QJsonValue &operationValue : operations) {
        const QJsonObject operation = operationValue.toObject();
        const QString op = operation.value(u"op"_s).toString();
        bool ok = false;
        const QString path = operation.value(u"path"_s).toString();
        const QStringList tokens = pointerTokens(path, &ok);
        if (!ok) {
            *error = u"invalid JSON pointer \""_s + path + u'"';
            return std::nullopt;
        }
        bool applied = false;
        if (op == u"add"_s) {
            applied = addAt(result, tokens, operation.value(u"value"_s));
        } else if (op == u"remove"_s) {
            applied = removeAt(result, tokens);
        } else if (op == u"replace"_s) {
            applied = getAt(result, tokens).has_value() && (tokens.isEmpty() || removeAt(result, tokens))
                && addAt(result, tokens, operation.value(u"value"_s));
        } else if (op == u"test"_s) {
            const auto current = getAt(result, tokens);
            applied = current.has_value() && *current == operation.value(u"value"_s);
            if (!applied) {
                *error = u"testing value "_s + path + u" failed"_s;
                return std::nullopt;
            }
        } else if (op == u"move"_s || op == u"copy"_s) {
            const QStringList from = pointerTokens(operation.value(u"from"_s).toString(), &ok);
            const auto value = ok ? getAt(result, from) : std::nullopt;
            applied = value.has_value() && (op == u"copy"_s || removeAt(result, from)) && addAt(result, tokens, *value);
        } else {
            *error = u"Unexpected kind: "_s + op;
            return std::nullopt;
        }
        if (!applied) {
            *error = u"jsonpatch "_s + op + u" operation does not apply: doc is missing path: \""_s + path + u'"';
            return std::nullopt;
        }
    }
    return result;
}

} // namespace Gatehouse::Sim
