// SPDX-License-Identifier: GPL-2.0-or-later
// HostAccess offline: which settings of a recipe from elsewhere reach the
// host, each with a readable name; and that the configuration an engine gives
// its ordinary containers (the sandbox's counter, measured) reaches none.
#include "hostaccess.h"
#include "containerrecipe.h"

#include <QJsonDocument>
#include <QTest>

using namespace Stasis;

namespace
{
/// The counter container of `tools/sandbox demo`, as its engine (cgroup v1) reports it.
constexpr char counterRecipe[] = R"({
    "Image": "sha256:5c5b4ae2dbfbb3d4c0ad5d1ed5cd1b2a7dbd7a4c3f1c0fd0c9cd0a59d3c5d3b1",
    "Config": {"Image": "busybox:latest", "Cmd": ["sh", "-c", "i=0; while true; do echo $i; i=$((i+1)); sleep 1; done"],
               "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], "Labels": {}},
    "HostConfig": {"Binds": null, "NetworkMode": "none", "CapAdd": null, "CapDrop": null, "CgroupnsMode": "host",
                   "IpcMode": "private", "PidMode": "", "Privileged": false, "ReadonlyRootfs": false, "SecurityOpt": null,
                   "UTSMode": "", "UsernsMode": "", "ShmSize": 67108864, "Devices": [], "DeviceCgroupRules": null}
})";

QJsonObject counter()
{
    return QJsonDocument::fromJson(counterRecipe).object();
}

/// The counter's recipe with HostConfig's (or Config's, for Labels) @p key set to @p value.
QJsonObject with(const QString &key, const QJsonValue &value)
{
    QJsonObject object = counter();
    const QString part = key == QLatin1String("Labels") ? QStringLiteral("Config") : QStringLiteral("HostConfig");
    QJsonObject fields = object.value(part).toObject();
    fields.insert(key, value);
    object.insert(part, fields);
    return object;
}

QJsonObject volumeMount(const QJsonObject &options)
{
    return QJsonObject{
        {QStringLiteral("Type"), QStringLiteral("volume")},
        {QStringLiteral("Source"), QStringLiteral("rootfs")},
        {QStringLiteral("Target"), QStringLiteral("/host")},
        {QStringLiteral("VolumeOptions"), QJsonObject{{QStringLiteral("DriverConfig"), options}}},
    };
}

QStringList refused(const QJsonObject &object)
{
    const auto recipe = ContainerRecipe::fromJson(object);
    if (!recipe) {
        return {QStringLiteral("unreadable: ") + recipe.error()};
    }
    QStringList settings;
    for (const HostAccess::Setting &setting : HostAccess::of(*recipe).refused) {
        settings.append(setting.toString() + QStringLiteral(" @") + setting.field);
    }
    return settings;
}
} // namespace

class HostAccessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOrdinaryContainerReachesNothing()
    {
        // CgroupnsMode host included: the engine's default, read-only without privileges.
        QCOMPARE(refused(counter()), QStringList());
    }

    void namesEachSettingThatReachesTheHost_data()
    {
        QTest::addColumn<QJsonObject>("recipe");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QJsonObject &recipe, const QStringList &expected) {
            QTest::newRow(name) << recipe << expected;
        };
        const auto list = [](std::initializer_list<QString> values) {
            return QJsonArray::fromStringList(QStringList(values));
        };
        row("privileged", with(QStringLiteral("Privileged"), true), {QStringLiteral("privileged mode @HostConfig.Privileged")});
        row("CapAdd",
            with(QStringLiteral("CapAdd"), list({QStringLiteral("SYS_ADMIN"), QStringLiteral("NET_ADMIN")})),
            {QStringLiteral("added capability SYS_ADMIN @HostConfig.CapAdd"), QStringLiteral("added capability NET_ADMIN @HostConfig.CapAdd")});
        row("seccomp unconfined",
            with(QStringLiteral("SecurityOpt"), list({QStringLiteral("seccomp=unconfined"), QStringLiteral("no-new-privileges")})),
            {QStringLiteral("confinement off seccomp=unconfined @HostConfig.SecurityOpt")});
        row("apparmor unconfined",
            with(QStringLiteral("SecurityOpt"), list({QStringLiteral("apparmor:unconfined")})),
            {QStringLiteral("confinement off apparmor:unconfined @HostConfig.SecurityOpt")});
        row("SELinux off",
            with(QStringLiteral("SecurityOpt"), list({QStringLiteral("label=disable")})),
            {QStringLiteral("security option label=disable @HostConfig.SecurityOpt")});
        row("network host", with(QStringLiteral("NetworkMode"), QStringLiteral("host")), {QStringLiteral("host network @HostConfig.NetworkMode")});
        row("pid host", with(QStringLiteral("PidMode"), QStringLiteral("host")), {QStringLiteral("host PID namespace @HostConfig.PidMode")});
        row("ipc host", with(QStringLiteral("IpcMode"), QStringLiteral("host")), {QStringLiteral("host IPC namespace @HostConfig.IpcMode")});
        row("uts host", with(QStringLiteral("UTSMode"), QStringLiteral("host")), {QStringLiteral("host UTS namespace @HostConfig.UTSMode")});
        row("userns host", with(QStringLiteral("UsernsMode"), QStringLiteral("host")), {QStringLiteral("host user namespace @HostConfig.UsernsMode")});
        row("host bind",
            with(QStringLiteral("Binds"), list({QStringLiteral("/:/host"), QStringLiteral("data:/data")})),
            {QStringLiteral("host folder /:/host @HostConfig.Binds")});
        row("bind mount",
            with(QStringLiteral("Mounts"),
                 QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("bind")},
                                        {QStringLiteral("Source"), QStringLiteral("/etc")},
                                        {QStringLiteral("Target"), QStringLiteral("/x")}}}),
            {QStringLiteral("host folder /etc:/x @HostConfig.Mounts")});
        row("device",
            with(QStringLiteral("Devices"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("PathOnHost"), QStringLiteral("/dev/sda")}, {QStringLiteral("PathInContainer"), QStringLiteral("/dev/sda")}}}),
            {QStringLiteral("host device /dev/sda @HostConfig.Devices")});
        row("device rule",
            with(QStringLiteral("DeviceCgroupRules"), list({QStringLiteral("b *:* rwm")})),
            {QStringLiteral("device access rule b *:* rwm @HostConfig.DeviceCgroupRules")});
        const QJsonObject bindRoot{{QStringLiteral("Name"), QStringLiteral("local")},
                                   {QStringLiteral("Options"),
                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("none")},
                                                {QStringLiteral("o"), QStringLiteral("bind")},
                                                {QStringLiteral("device"), QStringLiteral("/")}}}};
        row("local volume binding /",
            with(QStringLiteral("Mounts"), QJsonArray{volumeMount(bindRoot)}),
            {QStringLiteral("volume of a host path /:/host @HostConfig.Mounts")});
        const QJsonObject plugin{{QStringLiteral("Name"), QStringLiteral("sshfs")}};
        row("volume plugin", with(QStringLiteral("Mounts"), QJsonArray{volumeMount(plugin)}), {QStringLiteral("volume driver sshfs /host @HostConfig.Mounts")});
        QJsonObject bindOptions = volumeMount({});
        bindOptions.insert(QStringLiteral("BindOptions"), QJsonObject{{QStringLiteral("Propagation"), QStringLiteral("rshared")}});
        row("mount field beyond the list",
            with(QStringLiteral("Mounts"), QJsonArray{bindOptions}),
            {QStringLiteral("mount setting BindOptions /host @HostConfig.Mounts")});
        row("npipe mount",
            with(QStringLiteral("Mounts"),
                 QJsonArray{QJsonObject{{QStringLiteral("Type"), QStringLiteral("npipe")}, {QStringLiteral("Target"), QStringLiteral("/p")}}}),
            {QStringLiteral("mount of type npipe /p @HostConfig.Mounts")});
        row("Stasis label",
            with(QStringLiteral("Labels"),
                 QJsonObject{{QStringLiteral("org.stasis.helper"), QStringLiteral("true")}, {QStringLiteral("org.example"), QStringLiteral("x")}}),
            {QStringLiteral("Stasis label org.stasis.helper @Config.Labels")});
    }

    void namesEachSettingThatReachesTheHost()
    {
        QFETCH(QJsonObject, recipe);
        QFETCH(QStringList, expected);
        QCOMPARE(refused(recipe), expected);
    }

    void keepsWhatStaysInside()
    {
        const QJsonObject tmpfsVolume{
            {QStringLiteral("Name"), QStringLiteral("local")},
            {QStringLiteral("Options"), QJsonObject{{QStringLiteral("type"), QStringLiteral("tmpfs")}, {QStringLiteral("device"), QStringLiteral("tmpfs")}}}};
        const QJsonArray mounts{
            volumeMount(tmpfsVolume),
            QJsonObject{{QStringLiteral("Type"), QStringLiteral("tmpfs")},
                        {QStringLiteral("Target"), QStringLiteral("/run")},
                        {QStringLiteral("TmpfsOptions"), QJsonObject{{QStringLiteral("SizeBytes"), 1048576}}}},
            QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")},
                        {QStringLiteral("Source"), QStringLiteral("data")},
                        {QStringLiteral("Target"), QStringLiteral("/data")},
                        {QStringLiteral("ReadOnly"), true}},
        };
        QJsonObject object = with(QStringLiteral("Mounts"), mounts);
        QJsonObject host = object.value(QLatin1StringView("HostConfig")).toObject();
        host.insert(QStringLiteral("Binds"), QJsonArray{QStringLiteral("cache:/cache:ro")});
        host.insert(QStringLiteral("SecurityOpt"), QJsonArray{QStringLiteral("no-new-privileges:true")});
        host.insert(QStringLiteral("CapDrop"), QJsonArray{QStringLiteral("ALL")});
        host.insert(QStringLiteral("Tmpfs"), QJsonObject{{QStringLiteral("/tmp"), QStringLiteral("size=1m")}});
        object.insert(QStringLiteral("HostConfig"), host);
        QCOMPARE(refused(object), QStringList());
    }

    void summarizesOnOneLine()
    {
        QJsonObject object = with(QStringLiteral("Privileged"), true);
        QJsonObject host = object.value(QLatin1StringView("HostConfig")).toObject();
        host.insert(QStringLiteral("Binds"), QJsonArray{QStringLiteral("/:/host")});
        object.insert(QStringLiteral("HostConfig"), host);
        const auto recipe = ContainerRecipe::fromJson(object);
        QVERIFY(recipe);
        QCOMPARE(HostAccess::of(*recipe).summary(), QStringLiteral("privileged mode; host folder /:/host"));
    }
};

QTEST_GUILESS_MAIN(HostAccessTest)
#include "hostaccesstest.moc"
