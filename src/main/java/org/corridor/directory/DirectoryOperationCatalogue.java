package org.corridor.directory;

import java.util.List;
import org.corridor.accounts.OperationCatalogue;
import org.springframework.stereotype.Component;

/** Lets the accounts module offer the directory's field operations for memberships. */
@Component
class DirectoryOperationCatalogue implements OperationCatalogue {

    private final Directory directory;

    DirectoryOperationCatalogue(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<OperationRef> operations() {
        return directory.operations().stream().map(o -> new OperationRef(o.id(), o.code(), o.name())).toList();
    }
}
