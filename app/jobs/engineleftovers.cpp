// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineleftovers.h"

#include "engineclient.h"

#include <QTimer>

namespace Stasis
{

EngineLeftovers::EngineLeftovers(EngineClient *client)
    : m_client(client)
{
}

void EngineLeftovers::addContainer(const QString &id, const QString &name)
{
    m_container = id;
    m_containerName = name;
}

void EngineLeftovers::addVolume(const QString &name)
{
    m_volumes.append(name);
}

void EngineLeftovers::addImage(const QString &id)
{
    m_image = id;
}

void EngineLeftovers::removeNext(QObject *context, const std::function<void(const std::optional<Removal> &removal)> &done)
{
    // Taken before the request: a kill while it runs must not remove it again.
    if (!m_container.isEmpty()) {
        const QString id = std::exchange(m_container, {});
        remove(
            context,
            Removal::Container,
            m_containerName,
            [client = m_client, id] {
                return client->removeContainer(id, true);
            },
            done);
    } else if (!m_volumes.isEmpty()) {
        const QString volume = m_volumes.takeLast();
        remove(
            context,
            Removal::Volume,
            volume,
            [client = m_client, volume] {
                return client->removeVolume(volume);
            },
            done);
    } else if (!m_image.isEmpty()) {
        const QString image = std::exchange(m_image, {});
        remove(
            context,
            Removal::Image,
            image,
            [client = m_client, image] {
                return client->removeImage(image);
            },
            done);
    } else {
        done(std::nullopt);
    }
}

void EngineLeftovers::remove(QObject *context,
                             Removal::What what,
                             const QString &name,
                             const std::function<QFuture<EngineResult<void>>()> &request,
                             const std::function<void(const std::optional<Removal> &removal)> &done,
                             int attempt)
{
    request().then(context, [this, context, what, name, request, done, attempt](const EngineResult<void> &removed) {
        // An engine that went away (restarted, its host rebooting) may be back soon: what the job made there is still to remove.
        if (!removed && removed.error().kind == EngineError::Kind::Unreachable && attempt < unreachableAttempts) {
            QTimer::singleShot(unreachableRetry, context, [this, context, what, name, request, done, attempt] {
                remove(context, what, name, request, done, attempt + 1);
            });
            return;
        }
        done(Removal{what, name, removed});
    });
}

void EngineLeftovers::removeAll(QObject *context, const QString &text, const std::function<void(const QString &text)> &done)
{
    removeNext(context, [this, context, text, done](const std::optional<Removal> &removal) {
        if (!removal) {
            return done(text);
        }
        removeAll(context, text + QLatin1Char(' ') + removal->failureReport(), done);
    });
}

void EngineLeftovers::removeAfterCancel(QObject *context, const std::function<void(const QString &report)> &report, const std::function<void()> &done)
{
    removeNext(context, [this, context, report, done](const std::optional<Removal> &removal) {
        if (!removal) {
            return done();
        }
        report(removal->cancelReport());
        removeAfterCancel(context, report, done);
    });
}

QString EngineLeftovers::Removal::failureReport() const
{
    const QString error = removed ? QString() : removed.error().toString();
    switch (what) {
    case Container:
        return removed ? tr("The container %1 created for it was removed again.").arg(name)
                       : tr("The container %1 created for it could not be removed (%2): remove it by hand.").arg(name, error);
    case Volume:
        return removed ? tr("The volume %1 created for it was removed again.").arg(name)
                       : tr("The volume %1 created for it could not be removed (%2): remove it by hand.").arg(name, error);
    case Image:
        return removed ? tr("The image %1 loaded for it was removed again.").arg(name)
                       : tr("The image %1 loaded for it could not be removed (%2): remove it by hand.").arg(name, error);
    }
    return {};
}

QString EngineLeftovers::Removal::cancelReport() const
{
    return tr("Cancelled. %1").arg(failureReport());
}

} // namespace Stasis
