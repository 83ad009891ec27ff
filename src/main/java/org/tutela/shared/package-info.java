/** What truly every module needs: typed errors, paging, request ids and the one mapping of errors to HTTP. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tutela.shared;
