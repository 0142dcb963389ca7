// SPDX-License-Identifier: GPL-2.0-or-later
#include "containerrecipe.h"

#include <QJsonDocument>
#include <QTest>

using namespace Stasis;

namespace
{
// Parts of a real `GET /containers/{id}/json` answer of Docker 26.1.5, with
// settings added that the sandbox's containers do not use.
constexpr char inspectAnswer[] = R"({
    "Id": "127225af8d7c2a2e969cd7ff2452f1166ad32a317959dab7c1c7f41c38c99809",
    "Created": "2026-11-27T10:37:15.696856916Z",
    "Path": "/bin/sh",
    "Args": ["-c", "sleep 1"],
    "State": {"Status": "running", "Running": true, "Pid": 4242},
    "Image": "sha256:b6e114a3f05d959da8ce0409d53305f78cb169eb317847a48117c521c9217c86",
    "Name": "/web",
    "HostConfig": {
        "Binds": ["/srv/data:/data:ro", "cache:/cache"],
        "LogConfig": {"Type": "json-file", "Config": {}},
        "NetworkMode": "none",
        "PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]},
        "RestartPolicy": {"Name": "always", "MaximumRetryCount": 0},
        "VolumesFrom": null,
        "ConsoleSize": [0, 0],
        "CapAdd": ["SYS_PTRACE"],
        "CapDrop": ["NET_RAW"],
        "CgroupnsMode": "private",
        "Dns": ["192.0.2.53"],
        "DnsOptions": ["ndots:2"],
        "DnsSearch": ["example.org"],
        "ExtraHosts": ["db:192.0.2.7"],
        "IpcMode": "shareable",
        "PidMode": "",
        "Privileged": false,
        "ReadonlyRootfs": true,
        "SecurityOpt": ["seccomp=unconfined", "no-new-privileges"],
        "Tmpfs": {"/run": "size=1m"},
        "UTSMode": "",
        "ShmSize": 134217728,
        "Runtime": "runc",
        "Memory": 0,
        "CpusetCpus": "0-3",
        "Devices": null,
        "Init": true,
        "Mounts": [{"Type": "volume", "Source": "logs", "Target": "/var/log", "ReadOnly": false}],
        "MaskedPaths": ["/proc/asound"]
    },
    "Mounts": [],
    "Config": {
        "Hostname": "127225af8d7c",
        "Domainname": "example.org",
        "User": "1000:1000",
        "AttachStdin": false,
        "Tty": true,
        "OpenStdin": true,
        "StdinOnce": false,
        "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "MODE=test"],
        "Cmd": ["-c", "sleep 1"],
        "Image": "busybox:latest",
        "Volumes": {"/scratch": {}},
        "WorkingDir": "/srv",
        "Entrypoint": ["/bin/sh"],
        "OnBuild": null,
        "Labels": {"org.example.role": "web", "empty": ""},
        "StopSignal": "SIGINT",
        "StopTimeout": 3
    },
    "NetworkSettings": {"Networks": {"none": {}}}
})";

ContainerRecipe fromInspectAnswer()
{
    const auto recipe = ContainerRecipe::fromJson(QByteArray(inspectAnswer));
    return recipe.value_or(ContainerRecipe());
}

QJsonObject inspectObject()
{
    return QJsonDocument::fromJson(inspectAnswer).object();
}

/// @p object with the value at @p path ("Config.Env") replaced by @p value.
QJsonObject replaced(QJsonObject object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return object;
    }
    object.insert(path.first(), replaced(object.value(path.first()).toObject(), path.mid(1), value));
    return object;
}
} // namespace

class ContainerRecipeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnInspectAnswer()
    {
        const auto recipe = ContainerRecipe::fromJson(QByteArray(inspectAnswer));
        QVERIFY2(recipe, recipe ? "" : qPrintable(recipe.error()));
        QCOMPARE(recipe->image, QStringLiteral("busybox:latest"));
        QCOMPARE(recipe->imageId, QStringLiteral("sha256:b6e114a3f05d959da8ce0409d53305f78cb169eb317847a48117c521c9217c86"));
        QCOMPARE(recipe->command, QStringList({QStringLiteral("-c"), QStringLiteral("sleep 1")}));
        QCOMPARE(recipe->entrypoint, QStringList{QStringLiteral("/bin/sh")});
        QCOMPARE(recipe->env.size(), 2);
        QCOMPARE(recipe->env.at(1), QStringLiteral("MODE=test"));
        QCOMPARE(recipe->workingDir, QStringLiteral("/srv"));
        QCOMPARE(recipe->user, QStringLiteral("1000:1000"));
        QCOMPARE(recipe->labels.value(QStringLiteral("org.example.role")), QStringLiteral("web"));
        QVERIFY(recipe->labels.contains(QStringLiteral("empty")));
        QVERIFY(recipe->tty);
        QVERIFY(recipe->openStdin);
        QVERIFY(!recipe->stdinOnce);
        QCOMPARE(recipe->hostname, QStringLiteral("127225af8d7c"));
        QCOMPARE(recipe->domainname, QStringLiteral("example.org"));
        QCOMPARE(recipe->stopSignal, QStringLiteral("SIGINT"));
        QCOMPARE(recipe->stopTimeout, 3);
        QCOMPARE(recipe->volumes, QStringList{QStringLiteral("/scratch")});

        QCOMPARE(recipe->networkMode, QStringLiteral("none"));
        QCOMPARE(recipe->ipcMode, QStringLiteral("shareable"));
        QCOMPARE(recipe->pidMode, QString());
        QCOMPARE(recipe->cgroupnsMode, QStringLiteral("private"));
        QVERIFY(!recipe->privileged);
        QCOMPARE(recipe->capAdd, QStringList{QStringLiteral("SYS_PTRACE")});
        QCOMPARE(recipe->capDrop, QStringList{QStringLiteral("NET_RAW")});
        QCOMPARE(recipe->securityOpt, QStringList({QStringLiteral("seccomp=unconfined"), QStringLiteral("no-new-privileges")}));
        QCOMPARE(recipe->binds, QStringList({QStringLiteral("/srv/data:/data:ro"), QStringLiteral("cache:/cache")}));
        QCOMPARE(recipe->mounts.size(), 1);
        QCOMPARE(recipe->mounts.at(0).toObject().value(QLatin1StringView("Target")).toString(), QStringLiteral("/var/log"));
        QCOMPARE(recipe->tmpfs.value(QStringLiteral("/run")), QStringLiteral("size=1m"));
        QCOMPARE(recipe->shmSize, 134217728);
        QCOMPARE(recipe->init, true);
        QVERIFY(recipe->readonlyRootfs);
        QCOMPARE(recipe->extraHosts, QStringList{QStringLiteral("db:192.0.2.7")});
        QCOMPARE(recipe->dns, QStringList{QStringLiteral("192.0.2.53")});
        QCOMPARE(recipe->dnsSearch, QStringList{QStringLiteral("example.org")});
        QCOMPARE(recipe->dnsOptions, QStringList{QStringLiteral("ndots:2")});
        QVERIFY(recipe->volumesFrom.isEmpty());
    }

    void nullMeansTheDefault()
    {
        QJsonObject object = inspectObject();
        object = replaced(object, {QStringLiteral("Config"), QStringLiteral("Cmd")}, QJsonValue::Null);
        object = replaced(object, {QStringLiteral("Config"), QStringLiteral("Entrypoint")}, QJsonValue::Null);
        object = replaced(object, {QStringLiteral("Config"), QStringLiteral("Labels")}, QJsonValue::Null);
        object = replaced(object, {QStringLiteral("HostConfig"), QStringLiteral("Init")}, QJsonValue::Null);
        object = replaced(object, {QStringLiteral("HostConfig"), QStringLiteral("CapAdd")}, QJsonValue::Null);
        object.remove(QStringLiteral("HostConfig"));
        const auto recipe = ContainerRecipe::fromJson(object);
        QVERIFY2(recipe, recipe ? "" : qPrintable(recipe.error()));
        QVERIFY(!recipe->command);
        QVERIFY(!recipe->entrypoint);
        QVERIFY(recipe->labels.isEmpty());
        QVERIFY(!recipe->init);
        QVERIFY(recipe->capAdd.isEmpty());
        QCOMPARE(recipe->networkMode, QString());
        // Null is not the same as an empty list.
        const auto empty = ContainerRecipe::fromJson(replaced(inspectObject(), {QStringLiteral("Config"), QStringLiteral("Entrypoint")}, QJsonArray()));
        QVERIFY2(empty, empty ? "" : qPrintable(empty.error()));
        QCOMPARE(empty->entrypoint, QStringList());
    }

    void roundTripsThroughTheManifest()
    {
        const ContainerRecipe original = fromInspectAnswer();
        QVERIFY(!original.image.isEmpty());
        const QByteArray manifest = QJsonDocument(original.toJson()).toJson();
        const auto back = ContainerRecipe::fromJson(manifest);
        QVERIFY2(back, back ? "" : qPrintable(back.error()));
        QCOMPARE(*back, original);
        // Host-specific settings the inspect answer had are not carried.
        QVERIFY(!manifest.contains("PortBindings"));
        QVERIFY(!manifest.contains("RestartPolicy"));
        QVERIFY(!manifest.contains("CpusetCpus"));
        QVERIFY(!manifest.contains("127225af8d7c2a2e")); // the container's own id, beyond its short hostname
        QVERIFY(!manifest.contains("LogConfig"));
    }

    void roundTripsEveryField()
    {
        ContainerRecipe recipe;
        recipe.image = QStringLiteral("registry.example:5000/team/app:1.2");
        recipe.imageId = QStringLiteral("sha256:0123");
        recipe.command = QStringList();
        recipe.entrypoint = QStringList{QStringLiteral("/init")};
        recipe.env = {QStringLiteral("A=1"), QStringLiteral("B=")};
        recipe.workingDir = QStringLiteral("/w");
        recipe.user = QStringLiteral("app");
        recipe.labels = {{QStringLiteral("a"), QStringLiteral("b")}};
        recipe.tty = true;
        recipe.openStdin = true;
        recipe.stdinOnce = true;
        recipe.hostname = QStringLiteral("h");
        recipe.domainname = QStringLiteral("d");
        recipe.stopSignal = QStringLiteral("SIGUSR1");
        recipe.stopTimeout = 0;
        recipe.volumes = {QStringLiteral("/v1"), QStringLiteral("/v2")};
        recipe.networkMode = QStringLiteral("container:0123456789ab");
        recipe.ipcMode = QStringLiteral("host");
        recipe.pidMode = QStringLiteral("host");
        recipe.utsMode = QStringLiteral("host");
        recipe.cgroupnsMode = QStringLiteral("host");
        recipe.usernsMode = QStringLiteral("host");
        recipe.privileged = true;
        recipe.capAdd = {QStringLiteral("ALL")};
        recipe.capDrop = {QStringLiteral("CHOWN")};
        recipe.securityOpt = {QStringLiteral("label=disable")};
        recipe.binds = {QStringLiteral("/a:/b")};
        recipe.mounts = QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("tmpfs")}, {QStringLiteral("Target"), QStringLiteral("/t")}}};
        recipe.devices = QJsonArray{QJsonObject{{QStringLiteral("PathOnHost"), QStringLiteral("/dev/fuse")},
                                                {QStringLiteral("PathInContainer"), QStringLiteral("/dev/fuse")},
                                                {QStringLiteral("CgroupPermissions"), QStringLiteral("rwm")}}};
        recipe.deviceCgroupRules = {QStringLiteral("c 10:229 rwm")};
        recipe.tmpfs = {{QStringLiteral("/run"), QString()}};
        recipe.shmSize = 1;
        recipe.init = false;
        recipe.readonlyRootfs = true;
        recipe.extraHosts = {QStringLiteral("x:1.2.3.4")};
        recipe.dns = {QStringLiteral("1.1.1.1")};
        recipe.dnsSearch = {QStringLiteral("s")};
        recipe.dnsOptions = {QStringLiteral("o")};
        recipe.volumesFrom = {QStringLiteral("other:ro")};
        const auto back = ContainerRecipe::fromJson(recipe.toJson());
        QVERIFY2(back, back ? "" : qPrintable(back.error()));
        QCOMPARE(*back, recipe);
        QCOMPARE(back->stopTimeout, 0);
        QCOMPARE(back->init, false);
        QCOMPARE(back->command, QStringList());

        // The smallest recipe, too.
        ContainerRecipe minimal;
        minimal.imageId = QStringLiteral("sha256:89ab");
        const auto minimalBack = ContainerRecipe::fromJson(minimal.toJson());
        QVERIFY2(minimalBack, minimalBack ? "" : qPrintable(minimalBack.error()));
        QCOMPARE(*minimalBack, minimal);
    }

    void namesTheVolumesATargetNeeds()
    {
        ContainerRecipe recipe;
        recipe.binds = {QStringLiteral("/srv/www:/www:ro"), QStringLiteral("cache:/cache"), QStringLiteral("db:/var/lib/db:ro,z")};
        recipe.mounts = QJsonArray{
            QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")},
                        {QStringLiteral("Source"), QStringLiteral("logs")},
                        {QStringLiteral("Target"), QStringLiteral("/logs")},
                        {QStringLiteral("ReadOnly"), true}},
            QJsonObject{{QStringLiteral("Type"), QStringLiteral("bind")},
                        {QStringLiteral("Source"), QStringLiteral("/etc")},
                        {QStringLiteral("Target"), QStringLiteral("/host")}},
            QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Target"), QStringLiteral("/anonymous")}},
        };
        const QList<VolumeMount> volumes = recipe.namedVolumes();
        QCOMPARE(volumes.size(), 3);
        QCOMPARE(volumes.at(0).name, QStringLiteral("cache"));
        QCOMPARE(volumes.at(0).target, QStringLiteral("/cache"));
        QVERIFY(!volumes.at(0).readOnly);
        QCOMPARE(volumes.at(1).name, QStringLiteral("db"));
        QVERIFY(volumes.at(1).readOnly);
        QCOMPARE(volumes.at(2).name, QStringLiteral("logs"));
        QCOMPARE(volumes.at(2).target, QStringLiteral("/logs"));
        QVERIFY(volumes.at(2).readOnly);
    }

    void ignoresUnknownFields()
    {
        QJsonObject object = fromInspectAnswer().toJson();
        object.insert(QStringLiteral("FutureField"), QJsonArray{1, 2});
        object = replaced(object, {QStringLiteral("Config"), QStringLiteral("Healthcheck")}, QJsonObject{{QStringLiteral("Test"), 5}});
        object = replaced(object, {QStringLiteral("HostConfig"), QStringLiteral("Memory")}, QStringLiteral("lots"));
        const auto recipe = ContainerRecipe::fromJson(object);
        QVERIFY2(recipe, recipe ? "" : qPrintable(recipe.error()));
        QCOMPARE(*recipe, fromInspectAnswer());
    }

    void refusesMalformedFields_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");

        const auto at = [](const char *path) {
            return QString::fromLatin1(path).split(QLatin1Char('.'));
        };
        QTest::newRow("image id a number") << at("Image") << QJsonValue(7) << QStringLiteral("Image must be a string, not a number");
        QTest::newRow("config a list") << at("Config") << QJsonValue(QJsonArray()) << QStringLiteral("Config must be an object, not a list");
        QTest::newRow("image a list") << at("Config.Image") << QJsonValue(QJsonArray{QStringLiteral("busybox")})
                                      << QStringLiteral("Config.Image must be a string, not a list");
        QTest::newRow("env a string") << at("Config.Env") << QJsonValue(QStringLiteral("A=1"))
                                      << QStringLiteral("Config.Env must be a list of strings, not a string");
        QTest::newRow("env entry a number") << at("Config.Env") << QJsonValue(QJsonArray{QStringLiteral("A=1"), 2})
                                            << QStringLiteral("Config.Env[1] must be a string, not a number");
        QTest::newRow("cmd an object") << at("Config.Cmd") << QJsonValue(QJsonObject())
                                       << QStringLiteral("Config.Cmd must be a list of strings, not an object");
        QTest::newRow("label a number") << at("Config.Labels") << QJsonValue(QJsonObject{{QStringLiteral("tier"), 3}})
                                        << QStringLiteral("Config.Labels.tier must be a string, not a number");
        QTest::newRow("labels a list") << at("Config.Labels") << QJsonValue(QJsonArray()) << QStringLiteral("Config.Labels must be an object, not a list");
        QTest::newRow("tty a string") << at("Config.Tty") << QJsonValue(QStringLiteral("true")) << QStringLiteral("Config.Tty must be a boolean, not a string");
        QTest::newRow("stop timeout a fraction") << at("Config.StopTimeout") << QJsonValue(1.5)
                                                 << QStringLiteral("Config.StopTimeout must be a whole number, not a number");
        QTest::newRow("volume not an object") << at("Config.Volumes") << QJsonValue(QJsonObject{{QStringLiteral("/data"), true}})
                                              << QStringLiteral("Config.Volumes./data must be an object, not a boolean");
        QTest::newRow("host config a string") << at("HostConfig") << QJsonValue(QStringLiteral("none"))
                                              << QStringLiteral("HostConfig must be an object, not a string");
        QTest::newRow("network mode a boolean") << at("HostConfig.NetworkMode") << QJsonValue(false)
                                                << QStringLiteral("HostConfig.NetworkMode must be a string, not a boolean");
        QTest::newRow("shm size a string") << at("HostConfig.ShmSize") << QJsonValue(QStringLiteral("64m"))
                                           << QStringLiteral("HostConfig.ShmSize must be a whole number, not a string");
        QTest::newRow("init a number") << at("HostConfig.Init") << QJsonValue(1) << QStringLiteral("HostConfig.Init must be a boolean, not a number");
        QTest::newRow("mounts an object") << at("HostConfig.Mounts") << QJsonValue(QJsonObject())
                                          << QStringLiteral("HostConfig.Mounts must be a list of objects, not an object");
        QTest::newRow("mount a string") << at("HostConfig.Mounts") << QJsonValue(QJsonArray{QStringLiteral("/a:/b")})
                                        << QStringLiteral("HostConfig.Mounts[0] must be an object, not a string");
        QTest::newRow("mount without target") << at("HostConfig.Mounts")
                                              << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("bind")}}})
                                              << QStringLiteral("HostConfig.Mounts[0].Target must be a non-empty string, not nothing");
        QTest::newRow("tmpfs options a list") << at("HostConfig.Tmpfs") << QJsonValue(QJsonObject{{QStringLiteral("/run"), QJsonArray()}})
                                              << QStringLiteral("HostConfig.Tmpfs./run must be a string, not a list");
        QTest::newRow("binds entry null") << at("HostConfig.Binds") << QJsonValue(QJsonArray{QJsonValue::Null})
                                          << QStringLiteral("HostConfig.Binds[0] must be a string, not nothing");
    }

    void refusesMalformedFields()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const auto recipe = ContainerRecipe::fromJson(replaced(fromInspectAnswer().toJson(), path, value));
        QVERIFY(!recipe);
        QVERIFY2(recipe.error().contains(message), qPrintable(recipe.error()));
    }

    void refusesMalformedDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"Config\": {") << QStringLiteral("is not JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is not JSON");
        QTest::newRow("a list") << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("no config") << QByteArray(R"({"Image": "sha256:01"})") << QStringLiteral("has no Config");
        QTest::newRow("null config") << QByteArray(R"({"Image": "sha256:01", "Config": null})") << QStringLiteral("has no Config");
        QTest::newRow("no image") << QByteArray(R"({"Config": {"Cmd": ["sh"]}})") << QStringLiteral("names no image");
        QTest::newRow("empty images") << QByteArray(R"({"Image": "", "Config": {"Image": ""}})") << QStringLiteral("names no image");
    }

    void refusesMalformedDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto recipe = ContainerRecipe::fromJson(json);
        QVERIFY(!recipe);
        QVERIFY2(recipe.error().contains(message), qPrintable(recipe.error()));
    }

    void buildsTheCreateBody()
    {
        const ContainerRecipe recipe = fromInspectAnswer();
        const auto body = recipe.createBody();
        QVERIFY2(body, body ? "" : qPrintable(body.error()));
        const QJsonObject object = *body;
        QCOMPARE(object.value(QLatin1StringView("Image")).toString(), QStringLiteral("busybox:latest"));
        QCOMPARE(object.value(QLatin1StringView("Cmd")).toArray(), QJsonArray({QStringLiteral("-c"), QStringLiteral("sleep 1")}));
        QCOMPARE(object.value(QLatin1StringView("Entrypoint")).toArray(), QJsonArray{QStringLiteral("/bin/sh")});
        QCOMPARE(object.value(QLatin1StringView("Env")).toArray().size(), 2);
        QCOMPARE(object.value(QLatin1StringView("Labels")).toObject().value(QLatin1StringView("org.example.role")).toString(), QStringLiteral("web"));
        QCOMPARE(object.value(QLatin1StringView("Tty")).toBool(), true);
        QCOMPARE(object.value(QLatin1StringView("OpenStdin")).toBool(), true);
        QCOMPARE(object.value(QLatin1StringView("Hostname")).toString(), QStringLiteral("127225af8d7c"));
        QCOMPARE(object.value(QLatin1StringView("StopTimeout")).toInt(), 3);
        QVERIFY(object.value(QLatin1StringView("Volumes")).toObject().contains(QLatin1StringView("/scratch")));
        const QJsonObject host = object.value(QLatin1StringView("HostConfig")).toObject();
        QCOMPARE(host.value(QLatin1StringView("NetworkMode")).toString(), QStringLiteral("none"));
        QCOMPARE(host.value(QLatin1StringView("IpcMode")).toString(), QStringLiteral("shareable"));
        QVERIFY(!host.contains(QLatin1StringView("PidMode")));
        QCOMPARE(host.value(QLatin1StringView("ShmSize")).toInteger(), 134217728);
        QCOMPARE(host.value(QLatin1StringView("Init")).toBool(), true);
        QCOMPARE(host.value(QLatin1StringView("ReadonlyRootfs")).toBool(), true);
        QCOMPARE(host.value(QLatin1StringView("Binds")).toArray().size(), 2);
        QCOMPARE(host.value(QLatin1StringView("Mounts")).toArray(), recipe.mounts);
        QCOMPARE(host.value(QLatin1StringView("Tmpfs")).toObject().value(QLatin1StringView("/run")).toString(), QStringLiteral("size=1m"));
        QVERIFY(!host.contains(QLatin1StringView("RestartPolicy")));
        QVERIFY(!host.contains(QLatin1StringView("PortBindings")));
        // The image's defaults stay the image's when the recipe has none.
        ContainerRecipe defaults;
        defaults.imageId = QStringLiteral("sha256:01");
        const auto minimal = defaults.createBody();
        QVERIFY2(minimal, minimal ? "" : qPrintable(minimal.error()));
        const QJsonObject minimalObject = *minimal;
        QCOMPARE(minimalObject.value(QLatin1StringView("Image")).toString(), QStringLiteral("sha256:01"));
        QVERIFY(!minimalObject.contains(QLatin1StringView("Cmd")));
        QVERIFY(!minimalObject.contains(QLatin1StringView("Entrypoint")));
        QVERIFY(!minimalObject.value(QLatin1StringView("HostConfig")).toObject().contains(QLatin1StringView("ShmSize")));
    }

    void leavesOutTheHostsHostname()
    {
        ContainerRecipe recipe = fromInspectAnswer();
        recipe.utsMode = QStringLiteral("host");
        const auto body = recipe.createBody();
        QVERIFY2(body, body ? "" : qPrintable(body.error()));
        QVERIFY(!body->contains(QLatin1StringView("Hostname")));
        recipe.utsMode.clear();
        recipe.networkMode = QStringLiteral("host");
        const auto hostNetwork = recipe.createBody();
        QVERIFY2(hostNetwork, hostNetwork ? "" : qPrintable(hostNetwork.error()));
        QVERIFY(!hostNetwork->contains(QLatin1StringView("Hostname")));
    }

    void refusesOtherContainersNamespaces_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("network") << QStringLiteral("NetworkMode") << QStringLiteral("NetworkMode container:0123456789ab");
        QTest::newRow("ipc") << QStringLiteral("IpcMode") << QStringLiteral("IpcMode container:0123456789ab");
        QTest::newRow("pid") << QStringLiteral("PidMode") << QStringLiteral("PidMode container:0123456789ab");
        QTest::newRow("volumes from") << QStringLiteral("VolumesFrom") << QStringLiteral("VolumesFrom 0123456789ab");
    }

    void refusesOtherContainersNamespaces()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QJsonValue value = field == QLatin1String("VolumesFrom") ? QJsonValue(QJsonArray{QStringLiteral("0123456789ab")})
                                                                       : QJsonValue(QStringLiteral("container:0123456789ab"));
        // Such a recipe reads (an archive may carry it), but cannot be created.
        const auto recipe = ContainerRecipe::fromJson(replaced(fromInspectAnswer().toJson(), {QStringLiteral("HostConfig"), field}, value));
        QVERIFY2(recipe, recipe ? "" : qPrintable(recipe.error()));
        const auto body = recipe->createBody();
        QVERIFY(!body);
        QVERIFY2(body.error().contains(message), qPrintable(body.error()));
        QVERIFY2(body.error().contains(QLatin1String("cannot be recreated")), qPrintable(body.error()));
    }
};

QTEST_GUILESS_MAIN(ContainerRecipeTest)
#include "containerrecipetest.moc"
