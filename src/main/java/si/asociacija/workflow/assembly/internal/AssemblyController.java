package si.asociacija.workflow.assembly.internal;

import java.net.URI;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import si.asociacija.workflow.shared.NotFoundException;

/**
 * Staff convene and follow assemblies: {@code POST /api/assemblies}, {@code GET /api/assemblies/{reference}},
 * {@code POST /api/assemblies/{reference}/proxies} (a paper proxy).
 */
@RestController
class AssemblyController {

    private final Assemblies service;
    private final Proxies proxies;
    private final AssemblyRepository assemblies;
    private final ConvocationRepository convocations;

    AssemblyController(Assemblies service, Proxies proxies, AssemblyRepository assemblies, ConvocationRepository convocations) {
        this.service = service;
        this.proxies = proxies;
        this.assemblies = assemblies;
        this.convocations = convocations;
    }

    record PaperProxy(String giver, String holder) {
    }

    /** Staff record a signed paper proxy: {@code {"giver": "M-...", "holder": "M-..."}}. */
    @PostMapping(path = "/api/assemblies/{reference}/proxies", consumes = MediaType.APPLICATION_JSON_VALUE)
    PaperProxy paperProxy(@PathVariable String reference, @RequestBody PaperProxy proxy) {
        Convocation giver = proxies.giveOnPaper(reference, proxy.giver(), proxy.holder());
        return new PaperProxy(giver.getMembershipNumber(), giver.getProxyHolder());
    }

    @PostMapping(path = "/api/assemblies", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> convene(@RequestBody ConveningRequest request) {
        Assembly assembly = service.convene(request);
        return ResponseEntity.created(URI.create("/api/assemblies/" + assembly.getReference()))
                .body(Map.of("reference", assembly.getReference()));
    }

    @GetMapping("/api/assemblies/{reference}")
    @Transactional(readOnly = true)
    AssemblyView.Staff assembly(@PathVariable String reference) {
        Assembly assembly = assemblies.findByReference(reference).orElseThrow(NotFoundException::new);
        return AssemblyView.Staff.of(assembly, convocations.countByAssembly(assembly));
    }
}
