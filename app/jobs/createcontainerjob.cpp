// SPDX-License-Identifier: GPL-2.0-or-later
#include "createcontainerjob.h"

#include "containerfromrecipe.h"
#include "engineclient.h"
#include "hostaccess.h"

namespace Stasis
{

CreateContainerJob::CreateContainerJob(EngineClient *client, const QString &model, const QString &name, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_model(model)
    , m_name(name)
{
    setCapabilities(Killable);
    setReportsAfterKill(true);
}

CreateContainerJob::CreateContainerJob(EngineClient *client, const ContainerRecipe &recipe, const QString &name, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_recipe(recipe)
    , m_name(name)
{
    setCapabilities(Killable);
    setReportsAfterKill(true);
}

void CreateContainerJob::run()
{
    if (m_recipe) {
        return create(*m_recipe);
    }
    ContainerRecipe::ofContainer(m_client, m_model).then(this, [this](const EngineResult<ContainerRecipe> &recipe) {
        if (isFinished()) {
            deleteLater(); // killed: nothing was created
            return;
        }
        if (!recipe) {
            return fail(recipe.error());
        }
        create(*recipe);
    });
}

void CreateContainerJob::create(const ContainerRecipe &recipe)
{
    if (const HostAccess access = HostAccess::of(recipe); !access.isEmpty() && !m_allowHostAccess) {
        const QString text = tr("Cannot create %1: its configuration reaches the host (%2), which was not allowed.").arg(m_name, access.summary());
        setFailure(HostAccessRefused, text, EngineError{EngineError::Kind::Forbidden, 0, text});
        return emitResult();
    }
    ContainerFromRecipe::create(m_client, recipe, m_name).then(this, [this](const EngineResult<QString> &id) {
        if (isFinished()) {
            return removeAfterKill(id); // killed while it created
        }
        if (!id) {
            return fail(id.error());
        }
        m_containerId = *id;
        Q_EMIT infoMessage(this, m_model.isEmpty() ? tr("created %1").arg(m_name) : tr("created %1, configured as %2").arg(m_name, m_model));
        emitResult();
    });
}

void CreateContainerJob::removeAfterKill(const EngineResult<QString> &id)
{
    if (!id) {
        deleteLater();
        return;
    }
    m_client->removeContainer(*id, true).then(this, [this](const EngineResult<void> &removed) {
        Q_EMIT infoMessage(
            this,
            removed ? tr("After cancelling: %1, created meanwhile, was removed again.").arg(m_name)
                    : tr("After cancelling: %1, created meanwhile, could not be removed (%2): remove it by hand.").arg(m_name, removed.error().toString()));
        deleteLater();
    });
}

void CreateContainerJob::fail(const EngineError &error)
{
    setFailure(CreateFailed, error.toString(), error);
    emitResult();
}

} // namespace Stasis
