// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointrisks.h"

#include "checkpointevidence.h"
#include "criulog.h"
#include "engineclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPromise>

#include <memory>

namespace Stasis
{

namespace
{

/// An option optionsOf() watches, with what describe() says of it.
struct Option {
    const char *name;
    /// Translated in describe(): the context is the class's.
    const char *description;
    /// Where the option is one flag of the inspect data; none for those
    /// optionsOf() looks at more closely.
    const char *section = nullptr;
    const char *flag = nullptr;
};

/// In the order optionsOf() lists them, the flags first.
constexpr Option watchedOptions[] = {
    {"tty", QT_TRANSLATE_NOOP("Stasis::CheckpointRisks", "has a terminal (TTY, docker run -t)"), "Config", "Tty"},
    {"open-stdin", QT_TRANSLATE_NOOP("Stasis::CheckpointRisks", "keeps its standard input open (docker run -i)"), "Config", "OpenStdin"},
    {"init", QT_TRANSLATE_NOOP("Stasis::CheckpointRisks", "runs an init process (docker run --init)"), "HostConfig", "Init"},
    {"privileged", QT_TRANSLATE_NOOP("Stasis::CheckpointRisks", "is privileged (docker run --privileged)"), "HostConfig", "Privileged"},
    {"seccomp-unconfined", QT_TRANSLATE_NOOP("Stasis::CheckpointRisks", "runs without a seccomp profile (seccomp=unconfined)")},
    {"tmpfs", QT_TRANSLATE_NOOP("Stasis::CheckpointRisks", "has a tmpfs mount (docker run --tmpfs)")},
    {"user", QT_TRANSLATE_NOOP("Stasis::CheckpointRisks", "runs as a user other than root (docker run --user)")},
};

/// The engine's version and the container's raw inspect data, one after the other.
void inspectWithVersion(EngineClient *client,
                        const QString &container,
                        QObject *context,
                        std::function<void(const EngineResult<std::pair<QString, QJsonObject>> &)> done)
{
    client->version().then(context, [client, container, context, done](const EngineResult<EngineVersion> &version) {
        if (!version) {
            return done(std::unexpected(version.error()));
        }
        client->inspectContainer(container).then(context, [done, engine = version->version](const EngineResult<ContainerDetails> &details) {
            if (!details) {
                return done(std::unexpected(details.error()));
            }
            done(std::pair{engine, details->inspect});
        });
    });
}

bool isRootUser(const QString &user)
{
    const QString name = user.section(QLatin1Char(':'), 0, 0);
    return name.isEmpty() || name == QLatin1String("0") || name == QLatin1String("root");
}
} // namespace

QStringList CheckpointRisks::optionsOf(const QJsonObject &inspect)
{
    const QJsonObject config = inspect.value(QLatin1String("Config")).toObject();
    const QJsonObject host = inspect.value(QLatin1String("HostConfig")).toObject();
    QStringList options;
    for (const Option &option : watchedOptions) {
        if (option.flag && inspect.value(QLatin1StringView(option.section)).toObject().value(QLatin1StringView(option.flag)).toBool()) {
            options.append(QString::fromLatin1(option.name));
        }
    }
    for (const QJsonValue &option : host.value(QLatin1String("SecurityOpt")).toArray()) {
        const QString text = option.toString();
        if (text == QLatin1String("seccomp=unconfined") || text == QLatin1String("seccomp:unconfined")) {
            options.append(QStringLiteral("seccomp-unconfined"));
            break;
        }
    }
    bool tmpfs = !host.value(QLatin1String("Tmpfs")).toObject().isEmpty();
    for (const QJsonValue &mount : inspect.value(QLatin1String("Mounts")).toArray()) {
        tmpfs = tmpfs || mount.toObject().value(QLatin1String("Type")).toString() == QLatin1String("tmpfs");
    }
    if (tmpfs) {
        options.append(QStringLiteral("tmpfs"));
    }
    if (!isRootUser(config.value(QLatin1String("User")).toString())) {
        options.append(QStringLiteral("user"));
    }
    return options;
}

QString CheckpointRisks::describe(const QString &option)
{
    for (const Option &watched : watchedOptions) {
        if (option == QLatin1StringView(watched.name)) {
            return tr(watched.description);
        }
    }
    return option;
}

QString CheckpointRisks::advice(const QString &option)
{
    if (option == QLatin1String("tty") || option == QLatin1String("open-stdin")) {
        return tr("Check “Leave the container running” so it keeps working if CRIU fails, or recreate the container without -t/-i.");
    }
    if (option == QLatin1String("init")) {
        return tr("Check “Leave the container running” so it keeps working, and keep another way back; or recreate the container without --init.");
    }
    if (option == QLatin1String("user")) {
        return tr("Recreate the container to run as root (without --user) if it must be checkpointed; it keeps running after the failed attempt.");
    }
    return tr("Check “Leave the container running” so it keeps working if CRIU fails, or recreate the container without this option.");
}

std::pair<QString, QString> CheckpointRisks::measuredFailure(const QString &option)
{
    // Measured on Docker 26.1.5 with CRIU 4.1.1 (Linux 6.18): every other
    // option above checkpointed and restored fine.
    if (option == QLatin1String("init")) {
        return {
            CheckpointEvidence::restoreStage,
            QStringLiteral("mnt-v2: Can't remount /tmp/.criu.mntns…/mnt-… with MS_PRIVATE: No such file or directory (the bind mount of /sbin/docker-init)")};
    }
    if (option == QLatin1String("user")) {
        return {CheckpointEvidence::checkpointStage, QStringLiteral("Can't get rlimit 0: Operation not permitted")};
    }
    return {};
}

QList<CheckpointRisk> CheckpointRisks::risksFor(const QStringList &options, const QString &engineVersion)
{
    QList<CheckpointRisk> risks;
    const QLocale locale;
    for (const QString &option : options) {
        QStringList sentences{tr("The container %1.").arg(describe(option))};
        bool fromEvidence = false;
        for (const QLatin1StringView stage : {CheckpointEvidence::checkpointStage, CheckpointEvidence::restoreStage}) {
            const auto failure = CheckpointEvidence::failure(engineVersion, option, stage);
            if (!failure) {
                continue;
            }
            fromEvidence = true;
            const QString when = locale.toString(failure->last.toLocalTime(), QLocale::ShortFormat);
            sentences.append(
                stage == CheckpointEvidence::checkpointStage
                    ? tr("A checkpoint of a container with this option failed on this engine (Docker %1) %n time(s), last on %2: “%3”.",
                         nullptr,
                         failure->count)
                          .arg(engineVersion, when, failure->error)
                    : tr("Restoring a container with this option failed on this engine (Docker %1) %n time(s), last on %2: “%3”.", nullptr, failure->count)
                          .arg(engineVersion, when, failure->error));
            if (!failure->otherOptions.isEmpty()) {
                QStringList others;
                for (const QString &other : failure->otherOptions) {
                    others.append(describe(other));
                }
                sentences.append(tr("That container also %1; either may have been the cause.").arg(others.join(tr(" and "))));
            }
        }
        if (!fromEvidence) {
            const auto [stage, error] = measuredFailure(option);
            if (stage.isEmpty()) {
                continue; // worked where measured, and nothing failed here
            }
            const bool same = engineVersion.startsWith(measuredEngine);
            if (stage == CheckpointEvidence::checkpointStage) {
                sentences.append(
                    same ? tr("On this engine's version (Docker %1, measured with CRIU 4.1.1) the checkpoint fails: “%2”.").arg(measuredEngine, error)
                         : tr("On Docker %1 with CRIU 4.1.1 the checkpoint failed: “%2”; this engine (Docker %3) may behave differently.")
                               .arg(measuredEngine, error, engineVersion));
            } else {
                sentences.append(
                    same ? tr("On this engine's version (Docker %1, measured with CRIU 4.1.1) the checkpoint is taken, but restoring it fails: “%2”.")
                               .arg(measuredEngine, error)
                         : tr("On Docker %1 with CRIU 4.1.1 the checkpoint was taken, but restoring it failed: “%2”; this engine (Docker %3) may "
                              "behave differently.")
                               .arg(measuredEngine, error, engineVersion));
            }
        }
        sentences.append(advice(option));
        risks.append(CheckpointRisk{option, sentences.join(QLatin1Char(' ')), fromEvidence});
    }
    return risks;
}

QFuture<EngineResult<QList<CheckpointRisk>>> CheckpointRisks::assess(EngineClient *client, const QString &container, QObject *context)
{
    auto promise = std::make_shared<QPromise<EngineResult<QList<CheckpointRisk>>>>();
    promise->start();
    inspectWithVersion(client, container, context, [promise](const EngineResult<std::pair<QString, QJsonObject>> &inspected) {
        if (!inspected) {
            promise->addResult(std::unexpected(inspected.error()));
        } else {
            promise->addResult(risksFor(optionsOf(inspected->second), inspected->first));
        }
        promise->finish();
    });
    return promise->future();
}

QFuture<void> CheckpointRisks::recordFailure(EngineClient *client,
                                             const QString &container,
                                             const QString &stage,
                                             const EngineError &error,
                                             const QString &details,
                                             QObject *context)
{
    if (!error.message.contains(QLatin1String("criu"), Qt::CaseInsensitive)) {
        return QtFuture::makeReadyVoidFuture();
    }
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    const QString line = significantError(details, error.message);
    inspectWithVersion(client, container, context, [promise, stage, line](const EngineResult<std::pair<QString, QJsonObject>> &inspected) {
        if (inspected) {
            if (const QStringList options = optionsOf(inspected->second); !options.isEmpty()) {
                CheckpointEvidence::recordFailure(inspected->first, options, stage, line);
            }
        }
        promise->finish();
    });
    return promise->future();
}

QString CheckpointRisks::significantError(const QString &details, const QString &engineMessage)
{
    for (const QString &line : CriuLog::errorLines(details)) {
        // CRIU writes this one on every run inside a container engine; it says nothing.
        if (line.contains(QLatin1String("RLIMIT_NOFILE for self"))) {
            continue;
        }
        // "(00.057659) Error (criu/cr-dump.c:371): Can't get rlimit 0: …" → the text after the source position.
        const qsizetype colon = line.indexOf(QLatin1String("): "));
        return colon >= 0 ? line.mid(colon + 3) : line;
    }
    return engineMessage.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace Stasis
