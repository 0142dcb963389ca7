// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsonfields.h"

#include <algorithm>
#include <iterator>

namespace Stasis
{

namespace
{

QString kindOf(const QJsonValue &value)
{
    static_assert(QJsonValue::Null == 0 && QJsonValue::Bool == 1 && QJsonValue::Double == 2 && QJsonValue::String == 3 && QJsonValue::Array == 4 &&
                  QJsonValue::Object == 5);
    // By type, from Null to Object; Undefined is nothing too.
    static constexpr const char *kinds[] = {
        QT_TRANSLATE_NOOP("Stasis::JsonFields", "nothing"),
        QT_TRANSLATE_NOOP("Stasis::JsonFields", "a boolean"),
        QT_TRANSLATE_NOOP("Stasis::JsonFields", "a number"),
        QT_TRANSLATE_NOOP("Stasis::JsonFields", "a string"),
        QT_TRANSLATE_NOOP("Stasis::JsonFields", "a list"),
        QT_TRANSLATE_NOOP("Stasis::JsonFields", "an object"),
    };
    const auto type = std::size_t(value.type());
    return JsonFields::tr(kinds[type < std::size(kinds) ? type : 0]);
}

/// Empty unless @p number is a whole number that a qint64 holds (QJsonDocument keeps those exact).
std::optional<qint64> wholeNumber(const QJsonValue &number)
{
    const qint64 whole = number.toInteger(0);
    return whole == number.toInteger(1) ? std::optional(whole) : std::nullopt;
}

QString entryPath(const QString &list, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(list).arg(index);
}

/// @p text for a message, shortened where it is long.
QString quoted(const QString &text)
{
    constexpr qsizetype shown = 40;
    return QLatin1Char('"') + (text.size() > shown ? text.left(shown) + QChar(0x2026) : text) + QLatin1Char('"');
}

} // namespace

JsonFields::JsonFields(const QJsonObject &object)
    : JsonFields(object, QString(), std::make_shared<QString>())
{
}

JsonFields::JsonFields(const QJsonObject &object, const QString &path, const std::shared_ptr<QString> &error)
    : m_object(object)
    , m_path(path)
    , m_error(error)
{
}

QString JsonFields::error() const
{
    return *m_error;
}

bool JsonFields::failed() const
{
    return !m_error->isEmpty();
}

bool JsonFields::has(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

std::optional<QString> JsonFields::optionalString(QLatin1StringView key, Need need)
{
    return value(key, need, &QJsonValue::isString, tr("a string")).transform([](const QJsonValue &value) {
        return value.toString();
    });
}

QString JsonFields::string(QLatin1StringView key, Need need)
{
    return optionalString(key, need).value_or(QString());
}

std::optional<bool> JsonFields::optionalBoolean(QLatin1StringView key, Need need)
{
    return value(key, need, &QJsonValue::isBool, tr("a boolean")).transform([](const QJsonValue &value) {
        return value.toBool();
    });
}

bool JsonFields::boolean(QLatin1StringView key, Need need)
{
    return optionalBoolean(key, need).value_or(false);
}

std::optional<qint64> JsonFields::integer(QLatin1StringView key, std::optional<Range> range, Need need)
{
    const QString expected = range ? tr("a whole number from %1 to %2").arg(range->minimum).arg(range->maximum) : tr("a whole number");
    const std::optional<QJsonValue> found = value(key, need, &QJsonValue::isDouble, expected);
    if (!found) {
        return std::nullopt;
    }
    const std::optional<qint64> number = wholeNumber(*found);
    if (number && (!range || (*number >= range->minimum && *number <= range->maximum))) {
        return number;
    }
    fail(field(key), expected, number ? QString::number(*number) : kindOf(*found));
    return std::nullopt;
}

QDateTime JsonFields::dateTime(QLatin1StringView key, Need need)
{
    const QString expected = tr("an ISO 8601 date and time");
    const std::optional<QJsonValue> text = value(key, need, &QJsonValue::isString, expected);
    const QDateTime parsed = QDateTime::fromString(text.value_or(QJsonValue()).toString(), Qt::ISODateWithMs);
    if (text && !parsed.isValid()) {
        fail(field(key), expected, quoted(text->toString()));
    }
    return parsed;
}

std::optional<QStringList> JsonFields::optionalStringList(QLatin1StringView key, Need need)
{
    const std::optional<QJsonValue> list = value(key, need, &QJsonValue::isArray, tr("a list of strings"));
    if (!list || !allEntries(field(key), list->toArray(), &QJsonValue::isString, tr("a string"))) {
        return std::nullopt;
    }
    QStringList strings;
    for (const QJsonValue &entry : list->toArray()) {
        strings.append(entry.toString());
    }
    return strings;
}

QStringList JsonFields::stringList(QLatin1StringView key, Need need)
{
    return optionalStringList(key, need).value_or(QStringList());
}

QMap<QString, QString> JsonFields::stringMap(QLatin1StringView key, Need need)
{
    const QJsonObject members = object(key, need);
    if (!allMembers(field(key), members, &QJsonValue::isString, tr("a string"))) {
        return {};
    }
    QMap<QString, QString> map;
    for (auto it = members.begin(); it != members.end(); ++it) {
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

QStringList JsonFields::keys(QLatin1StringView key, Need need)
{
    const QJsonObject members = object(key, need);
    return allMembers(field(key), members, &QJsonValue::isObject, tr("an object")) ? members.keys() : QStringList();
}

QJsonObject JsonFields::object(QLatin1StringView key, Need need)
{
    return value(key, need, &QJsonValue::isObject, tr("an object")).value_or(QJsonValue()).toObject();
}

QJsonArray JsonFields::objects(QLatin1StringView key, std::initializer_list<QLatin1StringView> required, Need need)
{
    QJsonArray array;
    for (JsonFields &entry : children(key, need)) {
        for (const QLatin1StringView name : required) {
            const QJsonValue value = entry.m_object.value(name);
            if (!value.isString() || value.toString().isEmpty()) {
                wrongType(entry.field(name), tr("a non-empty string"), value);
                return {};
            }
        }
        array.append(entry.m_object);
    }
    return array;
}

JsonFields JsonFields::child(QLatin1StringView key, Need need)
{
    return JsonFields(object(key, need), field(key), m_error);
}

QList<JsonFields> JsonFields::children(QLatin1StringView key, Need need)
{
    const QJsonArray array = value(key, need, &QJsonValue::isArray, tr("a list of objects")).value_or(QJsonValue()).toArray();
    if (!allEntries(field(key), array, &QJsonValue::isObject, tr("an object"))) {
        return {};
    }
    QList<JsonFields> readers;
    readers.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        readers.append(JsonFields(array.at(i).toObject(), entryPath(field(key), i), m_error));
    }
    return readers;
}

void JsonFields::reject(QLatin1StringView key, const QString &expected)
{
    record(tr("%1 must be %2.").arg(field(key), expected));
}

QString JsonFields::field(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

std::optional<QJsonValue> JsonFields::value(QLatin1StringView key, Need need, bool (QJsonValue::*isExpected)() const, const QString &expected)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required) {
            record(tr("%1 is missing.").arg(field(key)));
        }
        return std::nullopt;
    }
    if (!(value.*isExpected)()) {
        wrongType(field(key), expected, value);
        return std::nullopt;
    }
    return value;
}

bool JsonFields::allEntries(const QString &field, const QJsonArray &array, bool (QJsonValue::*isExpected)() const, const QString &expected)
{
    const auto wrong = std::find_if_not(array.begin(), array.end(), [isExpected](const QJsonValue &entry) {
        return (entry.*isExpected)();
    });
    if (wrong != array.end()) {
        wrongType(entryPath(field, wrong - array.begin()), expected, *wrong);
    }
    return wrong == array.end();
}

bool JsonFields::allMembers(const QString &field, const QJsonObject &object, bool (QJsonValue::*isExpected)() const, const QString &expected)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue member = it.value();
        if (!(member.*isExpected)()) {
            wrongType(field + QLatin1Char('.') + it.key(), expected, member);
            return false;
        }
    }
    return true;
}

void JsonFields::wrongType(const QString &field, const QString &expected, const QJsonValue &found)
{
    fail(field, expected, kindOf(found));
}

void JsonFields::fail(const QString &field, const QString &expected, const QString &found)
{
    record(tr("%1 must be %2, not %3.").arg(field, expected, found));
}

void JsonFields::record(const QString &message)
{
    if (m_error->isEmpty()) {
        *m_error = message;
    }
}

} // namespace Stasis
