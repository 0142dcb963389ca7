// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "containerrecipe.h"
#include "job.h"

#include <optional>

namespace Stasis
{

class EngineClient;

/// Creates (but does not start) a container from a ContainerRecipe: the
/// recipe given, or that of an existing container (a clone of it).
/// ContainerFromRecipe checks the name and the image first.
///
/// Killable, and reports after a kill: the creation under way is waited
/// for, and a container it made is removed again.
class CreateContainerJob final : public Job
{
    Q_OBJECT

public:
    /// Creates @p name configured as the container @p model.
    CreateContainerJob(EngineClient *client, const QString &model, const QString &name, QObject *parent = nullptr);
    /// Creates @p name from @p recipe.
    CreateContainerJob(EngineClient *client, const ContainerRecipe &recipe, const QString &name, QObject *parent = nullptr);

    /// Creates the container even when its recipe reaches the host
    /// (HostAccess); else such a recipe fails with HostAccessRefused.
    void setAllowHostAccess(bool allow)
    {
        m_allowHostAccess = allow;
    }

    /// The new container's id, once the job succeeded.
    const QString &containerId() const
    {
        return m_containerId;
    }

protected:
    void run() override;

private:
    void create(const ContainerRecipe &recipe);
    void fail(const EngineError &error);
    void removeAfterKill(const EngineResult<QString> &id);

    EngineClient *m_client;
    QString m_model;
    std::optional<ContainerRecipe> m_recipe;
    QString m_name;
    QString m_containerId;
    bool m_allowHostAccess = false;
};

} // namespace Stasis
