// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace Stasis
{

/// A JSON key and the string member of @p Part it holds: a list of them
/// reads (JsonFields::readStrings()) and writes (jsonStrings()) a struct alike.
template<typename Part>
using JsonString = std::pair<QLatin1StringView, QString Part::*>;

/// Reads the fields of one JSON object strictly, for every JSON document
/// Stasis reads (engine answers, recipes, manifests, metadata).
///
/// An optional field that is missing or `null` gives the default (or an
/// empty optional); a required one is an error ("X is missing"). A field of
/// the wrong type is an error and gives the default too. The first error
/// wins: it names the field's path from the document's root
/// (`HostConfig.Memory`, `Mounts[2].Source`) and what was expected instead
/// of what was found. Readers of child objects share their parent's error.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::JsonFields)

public:
    enum class Need {
        Optional,
        Required,
    };

    /// Inclusive bounds of a whole number.
    struct Range {
        qint64 minimum;
        qint64 maximum;
    };

    explicit JsonFields(const QJsonObject &object);

    /// The first error, a sentence; empty while there is none.
    QString error() const;
    bool failed() const;

    /// Whether @p key is there with a value other than `null`.
    bool has(QLatin1StringView key) const;

    std::optional<QString> optionalString(QLatin1StringView key, Need need = Need::Optional);
    QString string(QLatin1StringView key, Need need = Need::Optional);
    std::optional<bool> optionalBoolean(QLatin1StringView key, Need need = Need::Optional);
    bool boolean(QLatin1StringView key, Need need = Need::Optional);
    /// A fraction, or a number outside @p range (by default, a qint64's), is an error naming the range.
    std::optional<qint64> integer(QLatin1StringView key, std::optional<Range> range = std::nullopt, Need need = Need::Optional);
    /// An ISO 8601 string with or without milliseconds; invalid when absent.
    QDateTime dateTime(QLatin1StringView key, Need need = Need::Optional);
    std::optional<QStringList> optionalStringList(QLatin1StringView key, Need need = Need::Optional);
    QStringList stringList(QLatin1StringView key, Need need = Need::Optional);
    /// An object whose values are strings.
    QMap<QString, QString> stringMap(QLatin1StringView key, Need need = Need::Optional);
    /// The keys of an object whose values are objects (`{"/data": {}}`).
    QStringList keys(QLatin1StringView key, Need need = Need::Optional);
    QJsonObject object(QLatin1StringView key, Need need = Need::Optional);
    /// A list of objects, each with the non-empty string fields @p required.
    QJsonArray objects(QLatin1StringView key, std::initializer_list<QLatin1StringView> required, Need need = Need::Optional);

    /// The reader of the object at @p key, whose paths continue this one's.
    JsonFields child(QLatin1StringView key, Need need = Need::Optional);
    /// The readers of a list of objects at @p key (paths `key[0]`, `key[1]`, …).
    QList<JsonFields> children(QLatin1StringView key, Need need = Need::Optional);

    template<typename Part, std::size_t Count>
    void readStrings(Part &part, const JsonString<Part> (&members)[Count], Need need = Need::Optional)
    {
        for (const auto &[key, member] : members) {
            part.*member = string(key, need);
        }
    }

    /// Records that @p key, although of the right type, must be @p expected
    /// (e.g. "64 lowercase hexadecimal digits"), unless an error came first.
    void reject(QLatin1StringView key, const QString &expected);

private:
    JsonFields(const QJsonObject &object, const QString &path, const std::shared_ptr<QString> &error);

    QString field(QLatin1StringView key) const;
    /// The value at @p key when present and of the type @p isExpected accepts; else records why not.
    std::optional<QJsonValue> value(QLatin1StringView key, Need need, bool (QJsonValue::*isExpected)() const, const QString &expected);
    /// Whether every entry of @p array is accepted by @p isExpected, recording the first that is not.
    bool allEntries(const QString &field, const QJsonArray &array, bool (QJsonValue::*isExpected)() const, const QString &expected);
    bool allMembers(const QString &field, const QJsonObject &object, bool (QJsonValue::*isExpected)() const, const QString &expected);
    void fail(const QString &field, const QString &expected, const QString &found);
    void wrongType(const QString &field, const QString &expected, const QJsonValue &found);
    void record(const QString &message);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

/// The JSON object of @p part's @p members.
template<typename Part, std::size_t Count>
QJsonObject jsonStrings(const Part &part, const JsonString<Part> (&members)[Count])
{
    QJsonObject object;
    for (const auto &[key, member] : members) {
        object.insert(key, part.*member);
    }
    return object;
}

} // namespace Stasis
