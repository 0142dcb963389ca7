// SPDX-License-Identifier: GPL-2.0-or-later
// The config.dump and spec.dump of an export: the keys checkpointctl reads,
// filled from the engine's inspect answer, and nothing the engine did not say.
#include "peerdumps.h"
#include "enginetypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Stasis;

namespace
{

QJsonObject inspectOf(const QJsonObject &extra = {})
{
    QJsonObject inspect{
        {QStringLiteral("Id"), QStringLiteral("ef6679fd0e2aa83c7a156a039149b06db87d715d51919e5d62c8cb6830838a97")},
        {QStringLiteral("Name"), QStringLiteral("/counter")},
        {QStringLiteral("Created"), QStringLiteral("2026-12-02T07:01:21.977139065Z")},
        {QStringLiteral("Image"), QStringLiteral("sha256:b0cb85ae04d2")},
        {QStringLiteral("Config"),
         QJsonObject{{QStringLiteral("Image"), QStringLiteral("busybox:latest")}, {QStringLiteral("Env"), QJsonArray{QStringLiteral("SECRET=1")}}}},
        {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Runtime"), QStringLiteral("runc")}}},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        inspect.insert(it.key(), it.value());
    }
    return inspect;
}

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject{{QStringLiteral("unparsable"), QString::fromUtf8(json)}};
}

const QDateTime checkpointed(QDate(2026, 12, 2), QTime(7, 1, 30, 250), QTimeZone::UTC);

} // namespace

class PeerDumpsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configHasCheckpointctlsKeys()
    {
        const PeerDumps dumps = PeerDumps::of(ContainerDetails::fromJson(inspectOf()), checkpointed, QStringLiteral("26.1.5+dfsg1"));
        const QJsonObject expected{
            {QStringLiteral("id"), QStringLiteral("ef6679fd0e2aa83c7a156a039149b06db87d715d51919e5d62c8cb6830838a97")},
            {QStringLiteral("name"), QStringLiteral("counter")},
            {QStringLiteral("rootfsImageName"), QStringLiteral("busybox:latest")},
            {QStringLiteral("rootfsImageRef"), QStringLiteral("sha256:b0cb85ae04d2")},
            {QStringLiteral("runtime"), QStringLiteral("runc")},
            // RFC 3339 in UTC, as Go's time.Time reads it.
            {QStringLiteral("createdTime"), QStringLiteral("2026-12-02T07:01:21.977Z")},
            {QStringLiteral("checkpointedTime"), QStringLiteral("2026-12-02T07:01:30.250Z")},
        };
        QCOMPARE(parsed(dumps.config), expected);
    }

    void specHasTheNameAndTheEngineOnly()
    {
        const PeerDumps dumps = PeerDumps::of(ContainerDetails::fromJson(inspectOf()), checkpointed, QStringLiteral("26.1.5+dfsg1"));
        const QJsonObject expected{
            {QStringLiteral("annotations"),
             QJsonObject{
                 {QStringLiteral("io.kubernetes.cri.container-name"), QStringLiteral("counter")},
                 {QStringLiteral("org.stasis.engine.version"), QStringLiteral("26.1.5+dfsg1")},
             }},
        };
        QCOMPARE(parsed(dumps.spec), expected);
        // The environment may hold secrets: it is in neither dump.
        QVERIFY(!dumps.config.contains("SECRET") && !dumps.spec.contains("SECRET"));
    }

    void leavesUnknownFieldsOut()
    {
        // An engine that names no runtime and sends a creation time Go could not parse.
        QJsonObject inspect = inspectOf({{QStringLiteral("Created"), QStringLiteral("yesterday")}});
        inspect.remove(QStringLiteral("HostConfig"));
        inspect.remove(QStringLiteral("Image"));
        const PeerDumps dumps = PeerDumps::of(ContainerDetails::fromJson(inspect), QDateTime(), QString());
        const QJsonObject config = parsed(dumps.config);
        QCOMPARE(config.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("rootfsImageName")}));
        QCOMPARE(parsed(dumps.spec).value(QLatin1String("annotations")).toObject().keys(), QStringList{QStringLiteral("io.kubernetes.cri.container-name")});
    }

    void namesTheTwoFiles()
    {
        QVERIFY(PeerDumps::isDumpName(QStringLiteral("config.dump")));
        QVERIFY(PeerDumps::isDumpName(QStringLiteral("spec.dump")));
        QVERIFY(!PeerDumps::isDumpName(QStringLiteral("stats-dump")));
        QVERIFY(!PeerDumps::isDumpName(QStringLiteral("checkpoint/config.dump")));
        QVERIFY(!PeerDumps::isDumpName(QStringLiteral("Config.dump")));
    }
};

QTEST_GUILESS_MAIN(PeerDumpsTest)
#include "peerdumpstest.moc"
