// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginetypes.h"
#include "engineerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Stasis;

namespace
{
// `GET /version` of the sandbox engine (Docker 26.1.5 on Debian 13).
constexpr char versionAnswer[] =
    R"j({"Platform":{"Name":""},"Components":[{"Name":"Engine","Version":"26.1.5+dfsg1","Details":{"ApiVersion":"1.45","Arch":"amd64",)j"
    R"j("BuildTime":"2026-08-13T05:35:48.000000000+00:00","Experimental":"true","GitCommit":"411e817","GoVersion":"go1.24.4",)j"
    R"j("KernelVersion":"6.18.44-fc-v595","MinAPIVersion":"1.24","Os":"linux"}}],"Version":"26.1.5+dfsg1","ApiVersion":"1.45",)j"
    R"j("MinAPIVersion":"1.24","GitCommit":"411e817","GoVersion":"go1.24.4","Os":"linux","Arch":"amd64","KernelVersion":"6.18.44-fc-v595",)j"
    R"j("Experimental":true,"BuildTime":"2026-08-13T05:35:48.000000000+00:00"})j";

// Parts of `GET /info` of the same engine.
constexpr char infoAnswer[] =
    R"j({"ID":"c0ffee","Containers":3,"ContainersRunning":1,"ContainersPaused":0,"ContainersStopped":2,"Images":1,"Driver":"overlay2",)j"
    R"j("DockerRootDir":"/root/.cache/stasis/sandbox/default/data","KernelVersion":"6.18.44-fc-v595","OperatingSystem":"Debian GNU/Linux 13 (trixie)",)j"
    R"j("OSVersion":"13","OSType":"linux","Architecture":"x86_64","NCPU":2,"Name":"sandbox","ServerVersion":"26.1.5+dfsg1",)j"
    R"j("ExperimentalBuild":true})j";

// The `Mounts` of a helper with a named volume and of one with a bind mount,
// as the sandbox engine reports them.
constexpr char mountsAnswer[] =
    R"j({"Id":"abc","Name":"/stasis-helper-x","Mounts":[)j"
    R"j({"Type":"volume","Name":"pgdata","Source":"/var/lib/docker/volumes/pgdata/_data","Destination":"/vol","Driver":"local","Mode":"z",)j"
    R"j("RW":false,"Propagation":""},)j"
    R"j({"Type":"bind","Source":"/var/lib/docker","Destination":"/checkpoints","Mode":"","RW":true,"Propagation":"rslave"}]})j";

// `GET /volumes/{name}` of the same engine.
constexpr char volumeAnswer[] = R"j({"CreatedAt":"2026-08-20T14:50:02Z","Driver":"local","Labels":{"org.stasis.test":"yes"},)j"
                                R"j("Mountpoint":"/var/lib/docker/volumes/pgdata/_data","Name":"pgdata","Options":null,"Scope":"local"})j";

QJsonObject objectOf(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class EngineTypesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheVersion()
    {
        const EngineVersion version = EngineVersion::fromJson(objectOf(versionAnswer));
        QCOMPARE(version.version, QStringLiteral("26.1.5+dfsg1"));
        QCOMPARE(version.apiVersion, QStringLiteral("1.45"));
        QCOMPARE(version.minApiVersion, QStringLiteral("1.24"));
        QCOMPARE(version.os, QStringLiteral("linux"));
        QCOMPARE(version.arch, QStringLiteral("amd64"));
        QCOMPARE(version.kernelVersion, QStringLiteral("6.18.44-fc-v595"));
    }

    void versionRoundTripsForTheManifest()
    {
        const EngineVersion version = EngineVersion::fromJson(objectOf(versionAnswer));
        const QJsonObject written = version.toJson();
        QCOMPARE(written.value(QLatin1StringView("KernelVersion")).toString(), QStringLiteral("6.18.44-fc-v595"));
        QCOMPARE(written.value(QLatin1StringView("Arch")).toString(), QStringLiteral("amd64"));
        // Only the facts, not the engine's build details.
        QVERIFY(!written.contains(QLatin1StringView("Components")));
        QVERIFY(!written.contains(QLatin1StringView("GoVersion")));
        const EngineVersion back = EngineVersion::fromJson(QJsonDocument::fromJson(QJsonDocument(written).toJson()).object());
        QCOMPARE(back, version);
        QVERIFY(!(EngineVersion::fromJson({}) == version));
    }

    void readsTheInfo()
    {
        const EngineInfo info = EngineInfo::fromJson(objectOf(infoAnswer));
        QCOMPARE(info.name, QStringLiteral("sandbox"));
        QCOMPARE(info.serverVersion, QStringLiteral("26.1.5+dfsg1"));
        QCOMPARE(info.operatingSystem, QStringLiteral("Debian GNU/Linux 13 (trixie)"));
        QCOMPARE(info.osType, QStringLiteral("linux"));
        QCOMPARE(info.kernelVersion, QStringLiteral("6.18.44-fc-v595"));
        QCOMPARE(info.architecture, QStringLiteral("x86_64"));
        QCOMPARE(info.dockerRootDir, QStringLiteral("/root/.cache/stasis/sandbox/default/data"));
        QVERIFY(info.experimentalBuild);
        QCOMPARE(info.containers, 3);
        QCOMPARE(info.containersRunning, 1);
    }

    void malformedAnswersKeepDefaultsAndAreLogged()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("/containers/json.*State must be a string, not a number")));
        const ContainerSummary summary =
            ContainerSummary::fromJson(objectOf(R"j({"Id":"0123456789abcdef","Names":["/web"],"State":7,"Labels":{"tier":3},"Created":1700000000})j"));
        QCOMPARE(summary.name, QStringLiteral("web"));
        QCOMPARE(summary.state, QString());
        QVERIFY(summary.labels.isEmpty());
        QCOMPARE(summary.created, QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("/containers/\\{id\\}/json.*State.ExitCode must be a whole number")));
        const ContainerDetails details = ContainerDetails::fromJson(objectOf(R"j({"Id":"abc","Name":"/db","State":{"Running":true,"ExitCode":1e12}})j"));
        QCOMPARE(details.name, QStringLiteral("db"));
        QVERIFY(details.running);
        QCOMPARE(details.exitCode, 0);
    }

    void readsTheMountsOfVolumesAndBinds()
    {
        const ContainerDetails details = ContainerDetails::fromJson(objectOf(mountsAnswer));
        const QList<MountPoint> expected{
            {QStringLiteral("volume"),
             QStringLiteral("pgdata"),
             QStringLiteral("local"),
             QStringLiteral("/var/lib/docker/volumes/pgdata/_data"),
             QStringLiteral("/vol"),
             true},
            {QStringLiteral("bind"), QString(), QString(), QStringLiteral("/var/lib/docker"), QStringLiteral("/checkpoints"), false},
        };
        QCOMPARE(details.mounts, expected);
        QVERIFY(ContainerDetails::fromJson(objectOf(R"j({"Id":"abc"})j")).mounts.isEmpty());
    }

    void readsAVolume()
    {
        const auto volume = VolumeDetails::fromJson(objectOf(volumeAnswer));
        QVERIFY2(volume, qPrintable(volume.error_or(QString())));
        QCOMPARE(volume->name, QStringLiteral("pgdata"));
        QCOMPARE(volume->driver, QStringLiteral("local"));
        QCOMPARE(volume->mountpoint, std::optional<QString>(QStringLiteral("/var/lib/docker/volumes/pgdata/_data")));
        QCOMPARE(volume->labels, (QMap<QString, QString>{{QStringLiteral("org.stasis.test"), QStringLiteral("yes")}}));
        QCOMPARE(volume->scope, QStringLiteral("local"));
        QCOMPARE(volume->createdAt, QStringLiteral("2026-08-20T14:50:02Z"));

        const auto plugin = VolumeDetails::fromJson(objectOf(R"j({"Name":"remote","Driver":"nfs","Mountpoint":"","Labels":null,"Scope":"global"})j"));
        QVERIFY2(plugin, qPrintable(plugin.error_or(QString())));
        QCOMPARE(plugin->mountpoint, std::nullopt);
        QVERIFY(plugin->labels.isEmpty());
    }

    void refusesWhatIsNoVolume_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("named");
        QTest::newRow("no name") << QByteArray(R"j({"Driver":"local","Scope":"local"})j") << QStringLiteral("Name");
        QTest::newRow("empty name") << QByteArray(R"j({"Name":"","Driver":"local","Scope":"local"})j") << QStringLiteral("Name");
        QTest::newRow("no driver") << QByteArray(R"j({"Name":"v1","Scope":"local"})j") << QStringLiteral("Driver");
        QTest::newRow("other scope") << QByteArray(R"j({"Name":"v1","Driver":"local","Scope":"planet"})j") << QStringLiteral("Scope");
        QTest::newRow("labels of numbers") << QByteArray(R"j({"Name":"v1","Driver":"local","Scope":"local","Labels":{"a":1}})j") << QStringLiteral("Labels");
    }

    void refusesWhatIsNoVolume()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, named);
        const auto volume = VolumeDetails::fromJson(QJsonDocument::fromJson(answer).object());
        QVERIFY(!volume);
        QVERIFY2(volume.error().startsWith(named), qPrintable(volume.error()));
    }

    void readsEventsWithExactNanoseconds()
    {
        const auto event = ContainerEvent::fromJson(
            objectOf(R"j({"Type":"container","Action":"die","Actor":{"ID":"abc","Attributes":{"exitCode":"137"}},"timeNano":1764640000123456789})j"));
        QVERIFY(event);
        QCOMPARE(event->action, QStringLiteral("die"));
        QCOMPARE(event->attributes.value(QStringLiteral("exitCode")), QStringLiteral("137"));
        QCOMPARE(event->timeNano, 1764640000123456789);
        QVERIFY(!ContainerEvent::fromJson(objectOf(R"j({"Type":"image","Action":"pull","Actor":{"ID":"busybox"}})j")));
    }

    void knowsRuncsLostStart()
    {
        // As the sandbox engine answered a helper's start under load.
        const QByteArray lost =
            "{\"message\":\"failed to create task for container: failed to create shim task: OCI runtime create failed: runc create "
            "failed: unable to start container process: waiting for init preliminary setup: read init-p: connection reset by "
            "peer: unknown\"}";
        QVERIFY(EngineError::fromAnswer(500, lost, {}).isTransientRuntimeStart());
        QVERIFY(!EngineError::fromAnswer(404, lost, {}).isTransientRuntimeStart());
        QVERIFY(!EngineError::fromAnswer(500, "{\"message\":\"OCI runtime create failed: exec: nope: not found\"}", {}).isTransientRuntimeStart());
    }
};

QTEST_GUILESS_MAIN(EngineTypesTest)
#include "enginetypestest.moc"
