// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsonfields.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Stasis;
using Need = JsonFields::Need;

namespace
{
QJsonObject objectOf(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

struct Pair {
    QString left;
    QString right;
};

constexpr JsonString<Pair> pairStrings[] = {
    {QLatin1StringView("left"), &Pair::left},
    {QLatin1StringView("right"), &Pair::right},
};
} // namespace

class JsonFieldsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachType()
    {
        JsonFields fields(objectOf(R"({"s": "text", "b": true, "n": -42, "l": ["a", "b"], "m": {"k": "v"}, "o": {"x": 1},
                                      "d": "2026-11-27T10:42:01.250Z", "v": {"/data": {}}})"));
        QCOMPARE(fields.string(QLatin1StringView("s")), QStringLiteral("text"));
        QCOMPARE(fields.optionalString(QLatin1StringView("s")), QStringLiteral("text"));
        QCOMPARE(fields.boolean(QLatin1StringView("b")), true);
        QCOMPARE(fields.optionalBoolean(QLatin1StringView("b")), true);
        QCOMPARE(fields.integer(QLatin1StringView("n")), -42);
        QCOMPARE(fields.stringList(QLatin1StringView("l")), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(fields.stringMap(QLatin1StringView("m")), (QMap<QString, QString>{{QStringLiteral("k"), QStringLiteral("v")}}));
        QCOMPARE(fields.object(QLatin1StringView("o")), QJsonObject({{QStringLiteral("x"), 1}}));
        QCOMPARE(fields.dateTime(QLatin1StringView("d")), QDateTime(QDate(2026, 11, 27), QTime(10, 42, 1, 250), QTimeZone::UTC));
        QCOMPARE(fields.keys(QLatin1StringView("v")), QStringList{QStringLiteral("/data")});
        QVERIFY2(!fields.failed(), qPrintable(fields.error()));
        QCOMPARE(fields.error(), QString());
    }

    void keepsLargeWholeNumbersExact()
    {
        JsonFields fields(objectOf(R"({"nano": 1700000000123456789, "whole": 3.0})"));
        QCOMPARE(fields.integer(QLatin1StringView("nano")), 1700000000123456789);
        QCOMPARE(fields.integer(QLatin1StringView("whole")), 3);
        QVERIFY2(!fields.failed(), qPrintable(fields.error()));
    }

    void missingAndNullGiveDefaults()
    {
        JsonFields fields(objectOf(R"({"null": null})"));
        for (const char *key : {"null", "missing"}) {
            const QLatin1StringView name(key);
            QCOMPARE(fields.string(name), QString());
            QCOMPARE(fields.optionalString(name), std::nullopt);
            QCOMPARE(fields.boolean(name), false);
            QCOMPARE(fields.optionalBoolean(name), std::nullopt);
            QCOMPARE(fields.integer(name, JsonFields::Range{1, 2}), std::nullopt);
            QCOMPARE(fields.optionalStringList(name), std::nullopt);
            QVERIFY(fields.stringList(name).isEmpty());
            QVERIFY(fields.stringMap(name).isEmpty());
            QVERIFY(fields.object(name).isEmpty());
            QVERIFY(!fields.dateTime(name).isValid());
            QVERIFY(fields.children(name).isEmpty());
        }
        QVERIFY2(!fields.failed(), qPrintable(fields.error()));
    }

    void tellsNullFromAValue()
    {
        const JsonFields fields(objectOf(R"({"null": null, "empty": "", "false": false})"));
        QVERIFY(!fields.has(QLatin1StringView("null")));
        QVERIFY(!fields.has(QLatin1StringView("missing")));
        QVERIFY(fields.has(QLatin1StringView("empty")));
        QVERIFY(fields.has(QLatin1StringView("false")));
        JsonFields optional(objectOf(R"({"list": []})"));
        QCOMPARE(optional.optionalStringList(QLatin1StringView("list")), QStringList());
    }

    void requiredFieldsMustBeThere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("missing") << QByteArray("{}");
        QTest::newRow("null") << QByteArray(R"({"name": null})");
    }

    void requiredFieldsMustBeThere()
    {
        QFETCH(QByteArray, json);
        JsonFields fields(objectOf(json.constData()));
        QCOMPARE(fields.string(QLatin1StringView("name"), Need::Required), QString());
        QVERIFY(fields.failed());
        QCOMPARE(fields.error(), QStringLiteral("name is missing."));
    }

    void refusesWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("string a number") << QByteArray(R"({"s": 1})") << QStringLiteral("s must be a string, not a number.");
        QTest::newRow("boolean a string") << QByteArray(R"({"b": "yes"})") << QStringLiteral("b must be a boolean, not a string.");
        QTest::newRow("integer a fraction") << QByteArray(R"({"n": 1.5})") << QStringLiteral("n must be a whole number, not a number.");
        QTest::newRow("integer a list") << QByteArray(R"({"n": []})") << QStringLiteral("n must be a whole number, not a list.");
        QTest::newRow("list an object") << QByteArray(R"({"l": {}})") << QStringLiteral("l must be a list of strings, not an object.");
        QTest::newRow("list entry null") << QByteArray(R"({"l": ["a", null]})") << QStringLiteral("l[1] must be a string, not nothing.");
        QTest::newRow("map value a boolean") << QByteArray(R"({"m": {"k": true}})") << QStringLiteral("m.k must be a string, not a boolean.");
        QTest::newRow("object a string") << QByteArray(R"({"o": "x"})") << QStringLiteral("o must be an object, not a string.");
        QTest::newRow("date not a date") << QByteArray(R"({"d": "yesterday"})") << QStringLiteral("d must be an ISO 8601 date and time, not \"yesterday\".");
        QTest::newRow("date a number") << QByteArray(R"({"d": 5})") << QStringLiteral("d must be an ISO 8601 date and time, not a number.");
        QTest::newRow("keys of strings") << QByteArray(R"({"v": {"/data": "x"}})") << QStringLiteral("v./data must be an object, not a string.");
    }

    void refusesWrongTypes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        JsonFields fields(objectOf(json.constData()));
        fields.string(QLatin1StringView("s"));
        fields.boolean(QLatin1StringView("b"));
        fields.integer(QLatin1StringView("n"));
        QVERIFY(fields.stringList(QLatin1StringView("l")).isEmpty());
        QVERIFY(fields.stringMap(QLatin1StringView("m")).isEmpty());
        QVERIFY(fields.object(QLatin1StringView("o")).isEmpty());
        QVERIFY(!fields.dateTime(QLatin1StringView("d")).isValid());
        QVERIFY(fields.keys(QLatin1StringView("v")).isEmpty());
        QCOMPARE(fields.error(), message);
    }

    void checksRanges()
    {
        JsonFields fields(objectOf(R"({"high": 8, "edge": 7})"));
        const JsonFields::Range range{1, 7};
        QCOMPARE(fields.integer(QLatin1StringView("edge"), range), 7);
        QVERIFY(!fields.failed());
        QCOMPARE(fields.integer(QLatin1StringView("high"), range), std::nullopt);
        QCOMPARE(fields.error(), QStringLiteral("high must be a whole number from 1 to 7, not 8."));

        JsonFields low(objectOf(R"({"low": 0})"));
        QCOMPARE(low.integer(QLatin1StringView("low"), range, Need::Required), std::nullopt);
        QCOMPARE(low.error(), QStringLiteral("low must be a whole number from 1 to 7, not 0."));

        JsonFields huge(objectOf(R"({"huge": 1e300})"));
        QCOMPARE(huge.integer(QLatin1StringView("huge"), JsonFields::Range{0, std::numeric_limits<qint64>::max()}), std::nullopt);
        QCOMPARE(huge.error(), QStringLiteral("huge must be a whole number from 0 to 9223372036854775807, not a number."));
    }

    void pathsGrowIntoChildren()
    {
        JsonFields root(objectOf(R"({"HostConfig": {"Memory": "1g"}, "Mounts": [{"Source": "/a"}, {"Source": "/b"}, {"Source": 3}]})"));
        JsonFields host = root.child(QLatin1StringView("HostConfig"));
        QCOMPARE(host.integer(QLatin1StringView("Memory")), std::nullopt);
        QCOMPARE(root.error(), QStringLiteral("HostConfig.Memory must be a whole number, not a string."));

        JsonFields list(objectOf(R"({"Mounts": [{"Source": "/a"}, {"Source": "/b"}, {"Source": 3}]})"));
        QStringList sources;
        for (JsonFields &mount : list.children(QLatin1StringView("Mounts"))) {
            sources.append(mount.string(QLatin1StringView("Source")));
        }
        QCOMPARE(sources, QStringList({QStringLiteral("/a"), QStringLiteral("/b"), QString()}));
        QCOMPARE(list.error(), QStringLiteral("Mounts[2].Source must be a string, not a number."));
    }

    void refusesListsOfOtherThanObjects()
    {
        JsonFields notList(objectOf(R"({"Mounts": {}})"));
        QVERIFY(notList.children(QLatin1StringView("Mounts")).isEmpty());
        QCOMPARE(notList.error(), QStringLiteral("Mounts must be a list of objects, not an object."));

        JsonFields entry(objectOf(R"({"Mounts": [{}, 1]})"));
        QVERIFY(entry.children(QLatin1StringView("Mounts")).isEmpty());
        QCOMPARE(entry.error(), QStringLiteral("Mounts[1] must be an object, not a number."));

        JsonFields required(objectOf(R"({"Mounts": [{"Type": "bind", "Target": "/t"}, {"Type": ""}]})"));
        QVERIFY(required.objects(QLatin1StringView("Mounts"), {QLatin1StringView("Type"), QLatin1StringView("Target")}).isEmpty());
        QCOMPARE(required.error(), QStringLiteral("Mounts[1].Type must be a non-empty string, not a string."));

        JsonFields good(objectOf(R"({"Mounts": [{"Type": "bind", "Target": "/t"}]})"));
        QCOMPARE(good.objects(QLatin1StringView("Mounts"), {QLatin1StringView("Type")}).size(), 1);
        QVERIFY(!good.failed());
    }

    void firstErrorWins()
    {
        JsonFields root(objectOf(R"({"a": 1, "child": {"b": 2}, "c": 3})"));
        root.string(QLatin1StringView("a"));
        JsonFields child = root.child(QLatin1StringView("child"));
        child.string(QLatin1StringView("b"));
        root.string(QLatin1StringView("missing"), Need::Required);
        root.reject(QLatin1StringView("c"), QStringLiteral("odd"));
        QCOMPARE(root.error(), QStringLiteral("a must be a string, not a number."));
        QCOMPARE(child.error(), root.error());

        JsonFields fromChild(objectOf(R"({"child": {"b": 2}, "c": 3})"));
        JsonFields second = fromChild.child(QLatin1StringView("child"));
        second.string(QLatin1StringView("b"));
        fromChild.string(QLatin1StringView("c"));
        QCOMPARE(fromChild.error(), QStringLiteral("child.b must be a string, not a number."));
    }

    void rejectsWhatTheCallerRefuses()
    {
        JsonFields fields(objectOf(R"({"file": {"sha256": "abc"}})"));
        JsonFields file = fields.child(QLatin1StringView("file"));
        QCOMPARE(file.string(QLatin1StringView("sha256")), QStringLiteral("abc"));
        QVERIFY(!fields.failed());
        file.reject(QLatin1StringView("sha256"), QStringLiteral("64 hexadecimal digits"));
        QCOMPARE(fields.error(), QStringLiteral("file.sha256 must be 64 hexadecimal digits."));
    }

    void readsAndWritesStringMembers()
    {
        JsonFields fields(objectOf(R"({"left": "l", "right": 2})"));
        Pair pair;
        fields.readStrings(pair, pairStrings);
        QCOMPARE(pair.left, QStringLiteral("l"));
        QCOMPARE(pair.right, QString());
        QCOMPARE(fields.error(), QStringLiteral("right must be a string, not a number."));

        JsonFields required(objectOf(R"({"left": "l"})"));
        required.readStrings(pair, pairStrings, Need::Required);
        QCOMPARE(required.error(), QStringLiteral("right is missing."));

        const Pair written{QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(jsonStrings(written, pairStrings),
                 QJsonObject({{QStringLiteral("left"), QStringLiteral("a")}, {QStringLiteral("right"), QStringLiteral("b")}}));
    }
};

QTEST_GUILESS_MAIN(JsonFieldsTest)
#include "jsonfieldstest.moc"
