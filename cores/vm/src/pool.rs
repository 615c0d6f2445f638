//! A pool of VMs: acquire one for a run, release it after. Release resets
//! the VM in place (its run region dropped whole, capacity kept), so the
//! steady state allocates nothing; a VM that broke a limit is condemned and
//! dropped instead of returned.

use crate::interp::Vm;

pub struct VmPool {
    free: Vec<Vm>,
    make: Box<dyn Fn() -> Vm>,
    /// VMs dropped because they broke a limit.
    pub condemned: u64,
}

impl VmPool {
    /// A pool that builds VMs with `make` (which also loads the tenant's
    /// program and freezes its module state).
    pub fn new(make: impl Fn() -> Vm + 'static) -> VmPool {
        VmPool {
            free: Vec::new(),
            make: Box::new(make),
            condemned: 0,
        }
    }

    /// Pre-builds `n` VMs and keeps room for them.
    pub fn fill(&mut self, n: usize) {
        self.free.reserve(n);
        while self.free.len() < n {
            let vm = (self.make)();
            self.free.push(vm);
        }
    }

    pub fn acquire(&mut self) -> Vm {
        match self.free.pop() {
            Some(vm) => vm,
            None => (self.make)(),
        }
    }

    pub fn release(&mut self, mut vm: Vm) {
        if vm.condemned {
            self.condemned += 1;
            return;
        }
        vm.reset();
        self.free.push(vm);
    }

    pub fn idle(&self) -> usize {
        self.free.len()
    }
}
