"""Routing for index pages whose children are all of one page type.

Wagtail's ``Page.route`` finds a child as a base ``Page`` and then loads its specific
page: two queries per level of the URL. An index that allows one child type can ask that
model directly, in one query. Anything else (no such child, a child of another type that
got there some other way) goes through Wagtail's own routing, so answers are unchanged.
"""


class SingleChildTypeRouteMixin:
    def route(self, request, path_components):
        models = self.allowed_subpage_models()
        if path_components and len(models) == 1:
            model = models[0]
            try:
                child = model.objects.child_of(self).get(slug=path_components[0])
            except model.DoesNotExist:
                pass
            else:
                # As Wagtail does: the child's parent is this page, with no query.
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)
