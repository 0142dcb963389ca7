// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostaccess.h"

#include "containerrecipe.h"

#include <QJsonObject>
#include <QSet>

namespace Stasis
{

namespace
{

const QString hostMode = QStringLiteral("host");

/// Collects the refused settings of one recipe.
class Classifier
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::HostAccess)

public:
    explicit Classifier(QList<HostAccess::Setting> &refused)
        : m_refused(refused)
    {
    }

    void refuse(const QString &name, const QString &value, QLatin1StringView field)
    {
        m_refused.append({name, value, field});
    }

    void namespaces(const ContainerRecipe &recipe)
    {
        const std::tuple<QString, const QString &, QLatin1StringView> modes[] = {
            {tr("host network"), recipe.networkMode, QLatin1StringView("HostConfig.NetworkMode")},
            {tr("host PID namespace"), recipe.pidMode, QLatin1StringView("HostConfig.PidMode")},
            {tr("host IPC namespace"), recipe.ipcMode, QLatin1StringView("HostConfig.IpcMode")},
            {tr("host UTS namespace"), recipe.utsMode, QLatin1StringView("HostConfig.UTSMode")},
            {tr("host user namespace"), recipe.usernsMode, QLatin1StringView("HostConfig.UsernsMode")},
        };
        for (const auto &[name, mode, field] : modes) {
            if (mode == hostMode) {
                refuse(name, {}, field);
            }
        }
    }

    void securityOptions(const QStringList &options)
    {
        static const QSet<QString> harmless{QStringLiteral("no-new-privileges"),
                                            QStringLiteral("no-new-privileges:true"),
                                            QStringLiteral("no-new-privileges=true"),
                                            QStringLiteral("apparmor=docker-default"),
                                            QStringLiteral("apparmor:docker-default")};
        for (const QString &option : options) {
            if (harmless.contains(option)) {
                continue;
            }
            const bool unconfined = option.endsWith(QLatin1String("=unconfined")) || option.endsWith(QLatin1String(":unconfined"));
            // A profile given inline (seccomp=<JSON>) is long: its start names it.
            refuse(unconfined ? tr("confinement off") : tr("security option"), option.left(80), QLatin1StringView("HostConfig.SecurityOpt"));
        }
    }

    void binds(const QStringList &binds)
    {
        for (const QString &bind : binds) {
            if (bind.startsWith(QLatin1Char('/'))) {
                refuse(tr("host folder"), bind, QLatin1StringView("HostConfig.Binds"));
            }
        }
    }

    void mounts(const QJsonArray &mounts)
    {
        static const QSet<QString> allowedFields{QStringLiteral("Type"),
                                                 QStringLiteral("Source"),
                                                 QStringLiteral("Target"),
                                                 QStringLiteral("ReadOnly"),
                                                 QStringLiteral("Consistency"),
                                                 QStringLiteral("VolumeOptions"),
                                                 QStringLiteral("TmpfsOptions")};
        for (const QJsonValue &value : mounts) {
            const QJsonObject mount = value.toObject();
            const QString type = mount.value(QLatin1StringView("Type")).toString();
            const QString target = mount.value(QLatin1StringView("Target")).toString();
            if (type == QLatin1String("bind")) {
                refuse(tr("host folder"),
                       mount.value(QLatin1StringView("Source")).toString() + QLatin1Char(':') + target,
                       QLatin1StringView("HostConfig.Mounts"));
                continue;
            }
            if (type != QLatin1String("volume") && type != QLatin1String("tmpfs")) {
                refuse(tr("mount of type %1").arg(type), target, QLatin1StringView("HostConfig.Mounts"));
                continue;
            }
            for (const QString &key : mount.keys()) {
                if (!allowedFields.contains(key)) {
                    refuse(tr("mount setting %1").arg(key), target, QLatin1StringView("HostConfig.Mounts"));
                }
            }
            volumeDriver(mount.value(QLatin1StringView("VolumeOptions")).toObject().value(QLatin1StringView("DriverConfig")).toObject(), target);
        }
    }

    void devices(const ContainerRecipe &recipe)
    {
        for (const QJsonValue &device : recipe.devices) {
            refuse(tr("host device"), device.toObject().value(QLatin1StringView("PathOnHost")).toString(), QLatin1StringView("HostConfig.Devices"));
        }
        for (const QString &rule : recipe.deviceCgroupRules) {
            refuse(tr("device access rule"), rule, QLatin1StringView("HostConfig.DeviceCgroupRules"));
        }
    }

    void labels(const QMap<QString, QString> &labels)
    {
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it.key().startsWith(QLatin1String("org.stasis."))) {
                refuse(tr("Stasis label"), it.key(), QLatin1StringView("Config.Labels"));
            }
        }
    }

private:
    /// A named volume the engine creates with @p driver's options when it does not exist yet.
    void volumeDriver(const QJsonObject &driver, const QString &target)
    {
        const QString name = driver.value(QLatin1StringView("Name")).toString();
        if (!name.isEmpty() && name != QLatin1String("local")) {
            refuse(tr("volume driver %1").arg(name), target, QLatin1StringView("HostConfig.Mounts"));
            return;
        }
        const QJsonObject options = driver.value(QLatin1StringView("Options")).toObject();
        const QStringList mountOptions = options.value(QLatin1StringView("o")).toString().split(QLatin1Char(','));
        const bool binds = mountOptions.contains(QLatin1String("bind")) || mountOptions.contains(QLatin1String("rbind"));
        // The local driver mounts `device` with `type`; only a tmpfs of its own stays off the host.
        const bool tmpfs = options.value(QLatin1StringView("type")).toString() == QLatin1String("tmpfs");
        if (binds || (options.contains(QLatin1StringView("device")) && !tmpfs)) {
            refuse(tr("volume of a host path"),
                   options.value(QLatin1StringView("device")).toString() + QLatin1Char(':') + target,
                   QLatin1StringView("HostConfig.Mounts"));
        }
    }

    QList<HostAccess::Setting> &m_refused;
};
} // namespace

QString HostAccess::Setting::toString() const
{
    return value.isEmpty() ? name : name + QLatin1Char(' ') + value;
}

QString HostAccess::summary() const
{
    QStringList settings;
    for (const Setting &setting : refused) {
        settings.append(setting.toString());
    }
    return settings.join(QLatin1String("; "));
}

HostAccess HostAccess::of(const ContainerRecipe &recipe)
{
    HostAccess access;
    Classifier classifier(access.refused);
    if (recipe.privileged) {
        classifier.refuse(tr("privileged mode"), {}, QLatin1StringView("HostConfig.Privileged"));
    }
    for (const QString &capability : recipe.capAdd) {
        classifier.refuse(tr("added capability"), capability, QLatin1StringView("HostConfig.CapAdd"));
    }
    classifier.securityOptions(recipe.securityOpt);
    classifier.namespaces(recipe);
    classifier.binds(recipe.binds);
    classifier.mounts(recipe.mounts);
    classifier.devices(recipe);
    classifier.labels(recipe.labels);
    return access;
}

} // namespace Stasis
