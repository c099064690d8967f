const W=globalThis,le=W.ShadowRoot&&(W.ShadyCSS===void 0||W.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ce=Symbol(),_e=new WeakMap;let Ne=class{constructor(e,r,i){if(this._$cssResult$=!0,i!==ce)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=r}get styleSheet(){let e=this.o;const r=this.t;if(le&&e===void 0){const i=r!==void 0&&r.length===1;i&&(e=_e.get(r)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),i&&_e.set(r,e))}return e}toString(){return this.cssText}};const Ke=t=>new Ne(typeof t=="string"?t:t+"",void 0,ce),Y=(t,...e)=>{const r=t.length===1?t[0]:e.reduce((i,n,s)=>i+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+t[s+1],t[0]);return new Ne(r,t,ce)},Ye=(t,e)=>{if(le)t.adoptedStyleSheets=e.map(r=>r instanceof CSSStyleSheet?r:r.styleSheet);else for(const r of e){const i=document.createElement("style"),n=W.litNonce;n!==void 0&&i.setAttribute("nonce",n),i.textContent=r.cssText,t.appendChild(i)}},ge=le?t=>t:t=>t instanceof CSSStyleSheet?(e=>{let r="";for(const i of e.cssRules)r+=i.cssText;return Ke(r)})(t):t;const{is:Ge,defineProperty:Qe,getOwnPropertyDescriptor:Xe,getOwnPropertyNames:et,getOwnPropertySymbols:tt,getPrototypeOf:rt}=Object,G=globalThis,ye=G.trustedTypes,it=ye?ye.emptyScript:"",nt=G.reactiveElementPolyfillSupport,O=(t,e)=>t,q={toAttribute(t,e){switch(e){case Boolean:t=t?it:null;break;case Object:case Array:t=t==null?t:JSON.stringify(t)}return t},fromAttribute(t,e){let r=t;switch(e){case Boolean:r=t!==null;break;case Number:r=t===null?null:Number(t);break;case Object:case Array:try{r=JSON.parse(t)}catch{r=null}}return r}},de=(t,e)=>!Ge(t,e),ve={attribute:!0,type:String,converter:q,reflect:!1,useDefault:!1,hasChanged:de};Symbol.metadata??=Symbol("metadata"),G.litPropertyMetadata??=new WeakMap;let P=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,r=ve){if(r.state&&(r.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((r=Object.create(r)).wrapped=!0),this.elementProperties.set(e,r),!r.noAccessor){const i=Symbol(),n=this.getPropertyDescriptor(e,i,r);n!==void 0&&Qe(this.prototype,e,n)}}static getPropertyDescriptor(e,r,i){const{get:n,set:s}=Xe(this.prototype,e)??{get(){return this[r]},set(o){this[r]=o}};return{get:n,set(o){const a=n?.call(this);s?.call(this,o),this.requestUpdate(e,a,i)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??ve}static _$Ei(){if(this.hasOwnProperty(O("elementProperties")))return;const e=rt(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(O("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(O("properties"))){const r=this.properties,i=[...et(r),...tt(r)];for(const n of i)this.createProperty(n,r[n])}const e=this[Symbol.metadata];if(e!==null){const r=litPropertyMetadata.get(e);if(r!==void 0)for(const[i,n]of r)this.elementProperties.set(i,n)}this._$Eh=new Map;for(const[r,i]of this.elementProperties){const n=this._$Eu(r,i);n!==void 0&&this._$Eh.set(n,r)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const r=[];if(Array.isArray(e)){const i=new Set(e.flat(1/0).reverse());for(const n of i)r.unshift(ge(n))}else e!==void 0&&r.push(ge(e));return r}static _$Eu(e,r){const i=r.attribute;return i===!1?void 0:typeof i=="string"?i:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,r=this.constructor.elementProperties;for(const i of r.keys())this.hasOwnProperty(i)&&(e.set(i,this[i]),delete this[i]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Ye(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,r,i){this._$AK(e,i)}_$ET(e,r){const i=this.constructor.elementProperties.get(e),n=this.constructor._$Eu(e,i);if(n!==void 0&&i.reflect===!0){const s=(i.converter?.toAttribute!==void 0?i.converter:q).toAttribute(r,i.type);this._$Em=e,s==null?this.removeAttribute(n):this.setAttribute(n,s),this._$Em=null}}_$AK(e,r){const i=this.constructor,n=i._$Eh.get(e);if(n!==void 0&&this._$Em!==n){const s=i.getPropertyOptions(n),o=typeof s.converter=="function"?{fromAttribute:s.converter}:s.converter?.fromAttribute!==void 0?s.converter:q;this._$Em=n;const a=o.fromAttribute(r,s.type);this[n]=a??this._$Ej?.get(n)??a,this._$Em=null}}requestUpdate(e,r,i,n=!1,s){if(e!==void 0){const o=this.constructor;if(n===!1&&(s=this[e]),i??=o.getPropertyOptions(e),!((i.hasChanged??de)(s,r)||i.useDefault&&i.reflect&&s===this._$Ej?.get(e)&&!this.hasAttribute(o._$Eu(e,i))))return;this.C(e,r,i)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,r,{useDefault:i,reflect:n,wrapped:s},o){i&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,o??r??this[e]),s!==!0||o!==void 0)||(this._$AL.has(e)||(this.hasUpdated||i||(r=void 0),this._$AL.set(e,r)),n===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(r){Promise.reject(r)}const e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[n,s]of this._$Ep)this[n]=s;this._$Ep=void 0}const i=this.constructor.elementProperties;if(i.size>0)for(const[n,s]of i){const{wrapped:o}=s,a=this[n];o!==!0||this._$AL.has(n)||a===void 0||this.C(n,void 0,s,a)}}let e=!1;const r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),this._$EO?.forEach(i=>i.hostUpdate?.()),this.update(r)):this._$EM()}catch(i){throw e=!1,this._$EM(),i}e&&this._$AE(r)}willUpdate(e){}_$AE(e){this._$EO?.forEach(r=>r.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(r=>this._$ET(r,this[r])),this._$EM()}updated(e){}firstUpdated(e){}};P.elementStyles=[],P.shadowRootOptions={mode:"open"},P[O("elementProperties")]=new Map,P[O("finalized")]=new Map,nt?.({ReactiveElement:P}),(G.reactiveElementVersions??=[]).push("2.1.2");const ue=globalThis,$e=t=>t,J=ue.trustedTypes,we=J?J.createPolicy("lit-html",{createHTML:t=>t}):void 0,Ue="$lit$",w=`lit$${Math.random().toFixed(9).slice(2)}$`,Oe="?"+w,st=`<${Oe}>`,j=document,R=()=>j.createComment(""),V=t=>t===null||typeof t!="object"&&typeof t!="function",he=Array.isArray,ot=t=>he(t)||typeof t?.[Symbol.iterator]=="function",ee=`[ 	
\f\r]`,U=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ae=/-->/g,xe=/>/g,k=RegExp(`>|${ee}(?:([^\\s"'>=/]+)(${ee}*=${ee}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ke=/'/g,Se=/"/g,Re=/^(?:script|style|textarea|title)$/i,at=t=>(e,...r)=>({_$litType$:t,strings:e,values:r}),b=at(1),C=Symbol.for("lit-noChange"),p=Symbol.for("lit-nothing"),Ee=new WeakMap,E=j.createTreeWalker(j,129);function Ve(t,e){if(!he(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return we!==void 0?we.createHTML(e):e}const lt=(t,e)=>{const r=t.length-1,i=[];let n,s=e===2?"<svg>":e===3?"<math>":"",o=U;for(let a=0;a<r;a++){const l=t[a];let h,d,c=-1,f=0;for(;f<l.length&&(o.lastIndex=f,d=o.exec(l),d!==null);)f=o.lastIndex,o===U?d[1]==="!--"?o=Ae:d[1]!==void 0?o=xe:d[2]!==void 0?(Re.test(d[2])&&(n=RegExp("</"+d[2],"g")),o=k):d[3]!==void 0&&(o=k):o===k?d[0]===">"?(o=n??U,c=-1):d[1]===void 0?c=-2:(c=o.lastIndex-d[2].length,h=d[1],o=d[3]===void 0?k:d[3]==='"'?Se:ke):o===Se||o===ke?o=k:o===Ae||o===xe?o=U:(o=k,n=void 0);const m=o===k&&t[a+1].startsWith("/>")?" ":"";s+=o===U?l+st:c>=0?(i.push(h),l.slice(0,c)+Ue+l.slice(c)+w+m):l+w+(c===-2?a:m)}return[Ve(t,s+(t[r]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),i]};class D{constructor({strings:e,_$litType$:r},i){let n;this.parts=[];let s=0,o=0;const a=e.length-1,l=this.parts,[h,d]=lt(e,r);if(this.el=D.createElement(h,i),E.currentNode=this.el.content,r===2||r===3){const c=this.el.content.firstChild;c.replaceWith(...c.childNodes)}for(;(n=E.nextNode())!==null&&l.length<a;){if(n.nodeType===1){if(n.hasAttributes())for(const c of n.getAttributeNames())if(c.endsWith(Ue)){const f=d[o++],m=n.getAttribute(c).split(w),g=/([.?@])?(.*)/.exec(f);l.push({type:1,index:s,name:g[2],strings:m,ctor:g[1]==="."?dt:g[1]==="?"?ut:g[1]==="@"?ht:Q}),n.removeAttribute(c)}else c.startsWith(w)&&(l.push({type:6,index:s}),n.removeAttribute(c));if(Re.test(n.tagName)){const c=n.textContent.split(w),f=c.length-1;if(f>0){n.textContent=J?J.emptyScript:"";for(let m=0;m<f;m++)n.append(c[m],R()),E.nextNode(),l.push({type:2,index:++s});n.append(c[f],R())}}}else if(n.nodeType===8)if(n.data===Oe)l.push({type:2,index:s});else{let c=-1;for(;(c=n.data.indexOf(w,c+1))!==-1;)l.push({type:7,index:s}),c+=w.length-1}s++}}static createElement(e,r){const i=j.createElement("template");return i.innerHTML=e,i}}function M(t,e,r=t,i){if(e===C)return e;let n=i!==void 0?r._$Co?.[i]:r._$Cl;const s=V(e)?void 0:e._$litDirective$;return n?.constructor!==s&&(n?._$AO?.(!1),s===void 0?n=void 0:(n=new s(t),n._$AT(t,r,i)),i!==void 0?(r._$Co??=[])[i]=n:r._$Cl=n),n!==void 0&&(e=M(t,n._$AS(t,e.values),n,i)),e}class ct{constructor(e,r){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=r}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:r},parts:i}=this._$AD,n=(e?.creationScope??j).importNode(r,!0);E.currentNode=n;let s=E.nextNode(),o=0,a=0,l=i[0];for(;l!==void 0;){if(o===l.index){let h;l.type===2?h=new N(s,s.nextSibling,this,e):l.type===1?h=new l.ctor(s,l.name,l.strings,this,e):l.type===6&&(h=new pt(s,this,e)),this._$AV.push(h),l=i[++a]}o!==l?.index&&(s=E.nextNode(),o++)}return E.currentNode=j,n}p(e){let r=0;for(const i of this._$AV)i!==void 0&&(i.strings!==void 0?(i._$AI(e,i,r),r+=i.strings.length-2):i._$AI(e[r])),r++}}class N{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,r,i,n){this.type=2,this._$AH=p,this._$AN=void 0,this._$AA=e,this._$AB=r,this._$AM=i,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const r=this._$AM;return r!==void 0&&e?.nodeType===11&&(e=r.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,r=this){e=M(this,e,r),V(e)?e===p||e==null||e===""?(this._$AH!==p&&this._$AR(),this._$AH=p):e!==this._$AH&&e!==C&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):ot(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==p&&V(this._$AH)?this._$AA.nextSibling.data=e:this.T(j.createTextNode(e)),this._$AH=e}$(e){const{values:r,_$litType$:i}=e,n=typeof i=="number"?this._$AC(e):(i.el===void 0&&(i.el=D.createElement(Ve(i.h,i.h[0]),this.options)),i);if(this._$AH?._$AD===n)this._$AH.p(r);else{const s=new ct(n,this),o=s.u(this.options);s.p(r),this.T(o),this._$AH=s}}_$AC(e){let r=Ee.get(e.strings);return r===void 0&&Ee.set(e.strings,r=new D(e)),r}k(e){he(this._$AH)||(this._$AH=[],this._$AR());const r=this._$AH;let i,n=0;for(const s of e)n===r.length?r.push(i=new N(this.O(R()),this.O(R()),this,this.options)):i=r[n],i._$AI(s),n++;n<r.length&&(this._$AR(i&&i._$AB.nextSibling,n),r.length=n)}_$AR(e=this._$AA.nextSibling,r){for(this._$AP?.(!1,!0,r);e!==this._$AB;){const i=$e(e).nextSibling;$e(e).remove(),e=i}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}}class Q{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,r,i,n,s){this.type=1,this._$AH=p,this._$AN=void 0,this.element=e,this.name=r,this._$AM=n,this.options=s,i.length>2||i[0]!==""||i[1]!==""?(this._$AH=Array(i.length-1).fill(new String),this.strings=i):this._$AH=p}_$AI(e,r=this,i,n){const s=this.strings;let o=!1;if(s===void 0)e=M(this,e,r,0),o=!V(e)||e!==this._$AH&&e!==C,o&&(this._$AH=e);else{const a=e;let l,h;for(e=s[0],l=0;l<s.length-1;l++)h=M(this,a[i+l],r,l),h===C&&(h=this._$AH[l]),o||=!V(h)||h!==this._$AH[l],h===p?e=p:e!==p&&(e+=(h??"")+s[l+1]),this._$AH[l]=h}o&&!n&&this.j(e)}j(e){e===p?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class dt extends Q{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===p?void 0:e}}class ut extends Q{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==p)}}class ht extends Q{constructor(e,r,i,n,s){super(e,r,i,n,s),this.type=5}_$AI(e,r=this){if((e=M(this,e,r,0)??p)===C)return;const i=this._$AH,n=e===p&&i!==p||e.capture!==i.capture||e.once!==i.once||e.passive!==i.passive,s=e!==p&&(i===p||n);n&&this.element.removeEventListener(this.name,this,i),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class pt{constructor(e,r,i){this.element=e,this.type=6,this._$AN=void 0,this._$AM=r,this.options=i}get _$AU(){return this._$AM._$AU}_$AI(e){M(this,e)}}const ir={I:N},ft=ue.litHtmlPolyfillSupport;ft?.(D,N),(ue.litHtmlVersions??=[]).push("3.3.3");const mt=(t,e,r)=>{const i=r?.renderBefore??e;let n=i._$litPart$;if(n===void 0){const s=r?.renderBefore??null;i._$litPart$=n=new N(e.insertBefore(R(),s),s,void 0,r??{})}return n._$AI(t),n};const pe=globalThis;let T=class extends P{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=mt(r,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return C}};T._$litElement$=!0,T.finalized=!0,pe.litElementHydrateSupport?.({LitElement:T});const bt=pe.litElementPolyfillSupport;bt?.({LitElement:T});(pe.litElementVersions??=[]).push("4.2.2");const _t={attribute:!0,type:String,converter:q,reflect:!1,hasChanged:de},gt=(t=_t,e,r)=>{const{kind:i,metadata:n}=r;let s=globalThis.litPropertyMetadata.get(n);if(s===void 0&&globalThis.litPropertyMetadata.set(n,s=new Map),i==="setter"&&((t=Object.create(t)).wrapped=!0),s.set(r.name,t),i==="accessor"){const{name:o}=r;return{set(a){const l=e.get.call(this);e.set.call(this,a),this.requestUpdate(o,l,t,!0,a)},init(a){return a!==void 0&&this.C(o,void 0,t,a),a}}}if(i==="setter"){const{name:o}=r;return function(a){const l=this[o];e.call(this,a),this.requestUpdate(o,l,t,!0,a)}}throw Error("Unsupported decorator location: "+i)};function x(t){return(e,r)=>typeof r=="object"?gt(t,e,r):((i,n,s)=>{const o=n.hasOwnProperty(s);return n.constructor.createProperty(s,i),o?Object.getOwnPropertyDescriptor(n,s):void 0})(t,e,r)}function L(t){return x({...t,state:!0,attribute:!1})}const yt=(t,e,r)=>(r.configurable=!0,r.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(t,e,r),r);function vt(t,e){return(r,i,n)=>{const s=o=>o.renderRoot?.querySelector(t)??null;return yt(r,i,{get(){return s(this)}})}}const $t=(function(){const e=typeof document<"u"&&document.createElement("link").relList;return e&&e.supports&&e.supports("modulepreload")?"modulepreload":"preload"})(),wt=function(t,e){return new URL(t,e).href},je={},S=function(e,r,i){let n=Promise.resolve();if(r&&r.length>0){let h=function(d){return Promise.all(d.map(c=>Promise.resolve(c).then(f=>({status:"fulfilled",value:f}),f=>({status:"rejected",reason:f}))))};const o=document.getElementsByTagName("link"),a=document.querySelector("meta[property=csp-nonce]"),l=a?.nonce||a?.getAttribute("nonce");n=h(r.map(d=>{if(d=wt(d,i),d in je)return;je[d]=!0;const c=d.endsWith(".css"),f=c?'[rel="stylesheet"]':"";if(i)for(let g=o.length-1;g>=0;g--){const B=o[g];if(B.href===d&&(!c||B.rel==="stylesheet"))return}else if(document.querySelector(`link[href="${d}"]${f}`))return;const m=document.createElement("link");if(m.rel=c?"stylesheet":$t,c||(m.as="script"),m.crossOrigin="",m.href=d,l&&m.setAttribute("nonce",l),document.head.appendChild(m),c)return new Promise((g,B)=>{m.addEventListener("load",g),m.addEventListener("error",()=>B(new Error(`Unable to preload CSS for ${d}`)))})}))}function s(o){const a=new Event("vite:preloadError",{cancelable:!0});if(a.payload=o,window.dispatchEvent(a),!a.defaultPrevented)throw o}return n.then(o=>{for(const a of o||[])a.status==="rejected"&&s(a.reason);return e().catch(s)})},F={"panel.title":"Print Log","panel.open_sidebar":"Open the sidebar","panel.views":"Views","panel.jobs":"Jobs","panel.analytics":"Analytics","panel.printers_error":"Could not load the printers: {error}","common.retry":"Retry","common.refresh":"Refresh","common.loading":"Loading…","common.cancel":"Cancel","common.save":"Save","common.edit":"Edit","common.delete":"Delete","common.close":"Close","common.printer":"Printer","common.printers":"Printers","common.all_printers":"All printers","common.no_data":"No data for this selection","common.unknown":"Unknown","common.unknown_error":"Unknown error","common.other_n":"Other ({n})","common.n_jobs":{one:"{n} job",other:"{n} jobs"},"status.in_progress":"In progress","status.completed":"Completed","status.cancelled":"Cancelled","status.error":"Error","status.klippy_shutdown":"Klippy shutdown","status.klippy_disconnect":"Klippy disconnected","status.interrupted":"Interrupted","status.server_exit":"Server exit","printer.offline":"Offline","printer.standby":"Standby","printer.printing":"Printing","printer.paused":"Paused","printer.complete":"Complete","printer.cancelled":"Cancelled","printer.error":"Error","period.7d":"Last 7 days","period.30d":"Last 30 days","period.90d":"Last 90 days","period.365d":"Last 12 months","period.all":"All time","bucket.day":"Day","bucket.week":"Week","bucket.month":"Month","bucket.year":"Year","bucket_per.day":"day","bucket_per.week":"week","bucket_per.month":"month","bucket_per.year":"year","bucket_many.day":"days","bucket_many.week":"weeks","bucket_many.month":"months","bucket_many.year":"years","kpi.jobs":"Jobs","kpi.jobs_sub":"{completed} completed · {failed} failed · {cancelled} cancelled","kpi.success_rate":"Success rate","kpi.printing_now":{one:"{n} printing now",other:"{n} printing now"},"kpi.print_time":"Print time","kpi.hours_per_job":"{hours} h per job","kpi.filament":"Filament","kpi.cost":"Cost","unit.seconds":"{n} s","unit.minutes":"{n} min","unit.hours":"{n} h","unit.grams":"{n} g","unit.kilograms":"{n} kg","unit.metres":"{n} m","unit.range":"{from}–{to}","unit.under":"<{limit}","unit.at_least":"≥{limit}","duration.days_hours":"{d} d {h} h","duration.hours_minutes":"{h} h {min} min","live.progress_of":"Progress of {file}","live.elapsed":"{time} elapsed","live.left":"{time} left","live.no_job":"No job running","analytics.selection":"Analytics selection","analytics.period":"Period","analytics.group_by":"Group by","analytics.load_error":"Some figures could not be loaded: {error}","analytics.bucket_note":"Shown per {shown}: the jobs span more than 10,000 {bucket} (some have dates far in the past or future).","analytics.jobs_per.day":"Jobs per day","analytics.jobs_per.week":"Jobs per week","analytics.jobs_per.month":"Jobs per month","analytics.jobs_per.year":"Jobs per year","analytics.hours_per.day":"Print hours per day","analytics.hours_per.week":"Print hours per week","analytics.hours_per.month":"Print hours per month","analytics.hours_per.year":"Print hours per year","analytics.unit_jobs":"Jobs","analytics.unit_hours":"Hours","analytics.filament_type":"Filament by type","analytics.filament_type_label":"Filament used by type","analytics.filament_colour":"Filament by colour","analytics.filament_colour_label":"Filament used by colour","analytics.success_printer":"Success rate per printer","analytics.outcome":"Jobs by outcome","analytics.duration":"Print duration","analytics.duration_label":"Ended jobs by print duration","analytics.heatmap":"When prints start","chart.period":"Period","chart.range":"Range","chart.total":"Total: {total} {unit}","heatmap.label":"Jobs by weekday and hour","heatmap.cell":{one:"{day} {from}–{to}: {count} job",other:"{day} {from}–{to}: {count} jobs"},"rating.rating":"Rating","rating.rated":"Rated {n} of 5","rating.none":"Not rated","rating.of":"Rating of {subject}","rating.stars":{one:"{count} star",other:"{count} stars"},"filter.all_statuses":"All statuses","filter.failed_any":"Failed (any)","column.file":"File","column.status":"Status","column.started":"Started","column.tags":"Tags","column.notes":"Notes","jobs.key_figures":"Key figures","jobs.load_error":"Could not load the jobs: {error}","jobs.loading":"Loading jobs","jobs.search":"Search file names","jobs.filters":"Filters","jobs.filters_n":"Filters ({n})","jobs.delete_n":"Delete {n}","jobs.add":"Add job","jobs.from":"From","jobs.to":"To","jobs.filament_type":"Filament type","jobs.tags_filter":"Tags (any of, comma separated)","jobs.clear_filters":"Clear filters","jobs.print_jobs":"Print jobs","jobs.select_all":"Select all jobs on this page","jobs.select":"Select {file}","jobs.edit":"Edit {file}","jobs.delete":"Delete {file}","jobs.actions":"Actions","jobs.no_match":"No jobs match these filters","jobs.pages":"Pages","jobs.rows_per_page":"Rows per page","jobs.range":"{first}–{last} of {total}","jobs.previous_page":"Previous page","jobs.next_page":"Next page","jobs.saved":"Saved {file}","jobs.save_error":"Could not save: {error}","jobs.deleted":{one:"Deleted {count} job",other:"Deleted {count} jobs"},"jobs.added":"Added {file}","jobs.delete_heading":{one:"Delete this job?",other:"Delete {count} jobs?"},"jobs.delete_text":{one:"This removes the job record from the print log. It cannot be undone.",other:"This removes the job records from the print log. It cannot be undone."},"jobs.and_more":"and {n} more","jobs.details":"Job details","jobs.add_heading":"Add a job","detail.thumbnail_of":"Thumbnail of {file}","detail.thumbnail_unavailable":"Thumbnail unavailable","detail.no_thumbnail":"No thumbnail","detail.job_id":"Job id","detail.copy_id":"Copy the job id","detail.copy_id_title":"Copy the job id (for actions such as update_job)","detail.copy":"Copy","detail.copied":"Copied","detail.ended":"Ended","detail.estimated":"estimated {time}","detail.total_time":"Total time","detail.pauses":"Pauses","detail.notes_rating":"Notes and rating","detail.failure_reason":"Failure reason","detail.slicer":"Slicer settings","detail.no_slicer":"No slicer settings known","detail.timeline":"Timeline","detail.no_events":"No events recorded","detail.metadata":"Moonraker metadata","detail.fields":{one:"{count} field",other:"{count} fields"},"detail.no_metadata":"No metadata","event.started":"Started","event.paused":"Paused","event.resumed":"Resumed","event.finished":"Finished","event.cancelled":"Cancelled","event.error":"Error","event.disconnected":"Disconnected","event.reconnected":"Reconnected","source.live":"Recorded live","source.import":"Imported from Moonraker's history","source.manual":"Added by hand","form.filename":"File name","form.start":"Start","form.start_date":"Start date","form.start_time":"Start time","config.invalid":"Invalid configuration","config.text":"{option} must be text","config.boolean":"{option} must be true or false","config.whole_number":"{option} must be a whole number from {min} to {max}","config.one_of":"{option} must be one of {values}","form.hours_symbol":"h","form.minutes_symbol":"min","form.hours":"Hours","form.minutes":"Minutes","form.filament_g":"Filament (g)","form.filament_m":"Filament (m)","form.tags":"Tags (separated by commas)","form.failure_reason_failed":"Failure reason (failed jobs)","form.choose_printer":"Choose a printer","form.enter_filename":"Enter the file name","form.choose_status":"Choose how the print ended","form.enter_start":"Enter the start date and time","form.start_future":"The start is in the future: a job is recorded once it ended","form.start_before":"The start must not be before {date}","form.positive":"{field} must be a positive number","form.range":"{field} must be from {min} to {max}","form.filament_weight":"Filament weight","form.filament_length":"Filament length","form.filament_length_mm":"Filament length (mm)","form.print_time_s":"The print time (s)","form.tag_length":{one:"Each tag must be at most {count} character",other:"Each tag must be at most {count} characters"},"card.description":"Current 3D print jobs, recent jobs and key figures from the print log.","card.stub_title":"3D printing","card.success":"Success","card.no_printers":"No printers","card.current_jobs":"Current jobs","card.recent_jobs":"Recent jobs","card.no_jobs":"No jobs yet","card.key_figures_of":"Key figures, {period}","card.title":"Title","card.show_current":"Show the current jobs","card.show_recent":"Show recent jobs","card.recent_count":"Number of recent jobs","card.show_stats":"Show key figures","card.stats_period":"Period of the key figures","panel.files":"Files","files.search":"Search file names","files.sort":"Sort by","files.order":"Order","files.order.desc":"Highest / newest first","files.order.asc":"Lowest / oldest first","files.sort.last_start":"Last print","files.sort.prints":"Prints","files.sort.success_rate":"Success rate","files.sort.filename":"File name","files.sort.print_duration":"Print time","files.sort.filament":"Filament","files.thumbnail":"Thumbnail","files.file":"File","files.prints":"Prints","files.success_rate":"Success","files.last_result":"Last result","files.mean_time":"Mean time","files.mean_filament":"Mean filament","files.cost":"Cost","files.estimate":"Time vs. estimate","files.none":"No files match","files.range":"{from}–{to} of {total}","files.previous":"Previous page","files.next":"Next page","files.record":"File record","files.per_printer":"Per printer","files.farm":"Whole farm","files.versions":"Versions (re-slices)","files.version":"Version {n} of {count}","files.this_version":"this one","files.open_record":"File record","reprint.action":"Print again","reprint.heading":"Print again","reprint.print":"Print","reprint.copy_and_print":"Copy and print","reprint.print_anyway":"Print anyway","reprint.started":"Started on {printer}.","reprint.started_copied":"Copied from {source} and started on {printer}.","reprint.reason.printer_unknown":"This printer is not loaded.","reprint.reason.printer_offline":"The printer is offline.","reprint.reason.klippy_not_ready":"Klipper is not ready on this printer.","reprint.reason.printer_busy":"The printer is busy.","reprint.reason.file_missing":"The file is on no printer of the farm.","reprint.reason.copy_needed":"The file is not on this printer but on another one of the farm: copy it there first?","reprint.reason.model_mismatch":"The file was sliced for another printer model: print it anyway?","reprint.reason.moonraker_error":"The printer's Moonraker failed: {error}","card.show_reprint":"Offer “print again” (administrators)"},Ce=["en","de","fr","es","it","nl","pl","pt-BR"],At={de:()=>S(()=>import("./i18n-de-CPmC33Es.js"),[],import.meta.url),fr:()=>S(()=>import("./i18n-fr-U-qyv50m.js"),[],import.meta.url),es:()=>S(()=>import("./i18n-es-obKOwy72.js"),[],import.meta.url),it:()=>S(()=>import("./i18n-it-Ce3bTJmj.js"),[],import.meta.url),nl:()=>S(()=>import("./i18n-nl-VKbGmdjV.js"),[],import.meta.url),pl:()=>S(()=>import("./i18n-pl-sQs4X-f8.js"),[],import.meta.url),"pt-BR":()=>S(()=>import("./i18n-pt-BR-BKrl87oE.js"),[],import.meta.url)};function X(t){if(!t)return"en";const e=t.toLowerCase().replace(/_/g,"-"),r=Ce.find(n=>n.toLowerCase()===e);if(r)return r;const i=e.split("-")[0];return i==="pt"?"pt-BR":Ce.find(n=>n===i)??"en"}let K="en",De=F,fe=new Intl.PluralRules("en"),te="en";const re=new Map([["en",F]]);function sr(){return K}async function Fe(t){const e=re.get(t);if(e)return e;const r=await At[t]();return re.set(t,r.default),r.default}async function or(t,e){const r=X(t);let i=F,n="en";try{i=await Fe(r),n=r}catch(s){console.warn(`print_logger: texts in ${r} unavailable, English shown:`,s)}return K=n,De=i,fe=new Intl.PluralRules(n),te=e??n,n}const Le=new Map;function xt(t){if(typeof t!="number")return t;const e=te??"";let r=Le.get(e);return r||(r=new Intl.NumberFormat(te,{maximumFractionDigits:2}),Le.set(e,r)),r.format(t)}function ie(t,e,r=fe){return typeof t=="string"?t:e===void 0?t.other:t[r.select(e)]??t.other}function u(t,e){return Ie(De,fe,t,e)}function ar(t,e,r){const i=t?X(t):K,n=re.get(i);return!n||i===K?u(e,r):Ie(n,new Intl.PluralRules(i),e,r)}function Ie(t,e,r,i){const n=t[r]??F[r];if(n===void 0)return r;const s=typeof i?.count=="number"?i.count:void 0,o=ie(n,s,e);return i?o.replace(/\{(\w+)\}/g,(a,l)=>i[l]===void 0?a:xt(i[l])):o}async function lr(t,e){try{return ie((await Fe(X(t)))[e],void 0)}catch{return ie(F[e],void 0)}}const kt=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"];function St(t){try{const e=new Intl.Locale(t??"en"),r=e.getWeekInfo?.()??e.weekInfo;if(r&&r.firstDay>=1&&r.firstDay<=7)return r.firstDay-1}catch{}return 0}function cr(t){const e=t?.locale?.language||t?.language||void 0;let r=e;switch(t?.locale?.number_format){case"comma_decimal":r="en-US";break;case"decimal_comma":r="de-DE";break;case"space_comma":r="fr-FR";break;case"system":r=void 0;break}const i=t?.locale?.time_format,n=i==="12"?!0:i==="24"?!1:void 0,s=t?.locale?.time_zone==="server"&&t.config?.time_zone?t.config.time_zone:void 0,o=kt.indexOf(t?.locale?.first_weekday??""),a=o>=0?o:St(e);return{numberLocale:r,dateLocale:e,timeZone:s,hour12:n,currency:t?.config?.currency,language:X(e),firstWeekday:a}}const Pe=new Map,Te=new Map;function Be(t,e){const r=JSON.stringify([t??null,e]);let i=Pe.get(r);return i||(i=new Intl.NumberFormat(t,e),Pe.set(r,i)),i}function ne(t,e){const r=JSON.stringify([t??null,e]);let i=Te.get(r);return i||(i=new Intl.DateTimeFormat(t,e),Te.set(r,i)),i}function v(t,e,r=0){return t==null||!Number.isFinite(t)?"—":Be(e.numberLocale,{maximumFractionDigits:r,minimumFractionDigits:0}).format(t)}function Et(t,e){return t==null||!Number.isFinite(t)?"—":`${v(t,e,1)} %`}function jt(t,e){if(t==null||!Number.isFinite(t))return"—";if(e.currency)try{return Be(e.numberLocale,{style:"currency",currency:e.currency}).format(t)}catch{}return v(t,e,2)}function se(t,e){return u(`unit.${e}`,{n:t})}function H(t,e,r,i=0){return t==null||!Number.isFinite(t)?"—":se(v(t,r,i),e)}function dr(t){if(t==null||!Number.isFinite(t)||t<0)return"—";const e=Math.round(t);if(e<60)return se(String(e),"seconds");const r=Math.floor(e/60);if(r<60)return se(String(r),"minutes");const i=Math.floor(r/60),n=r%60;if(i<24)return u("duration.hours_minutes",{h:String(i),min:String(n).padStart(2,"0")});const s=Math.floor(i/24);return u("duration.days_hours",{d:String(s),h:String(i%24)})}function Ct(t,e,r=1){return t>=1e3?H(t/1e3,"kilograms",e,2):H(t,"grams",e,r)}function Lt(t,e,r){return t!=null&&Number.isFinite(t)&&t>0?Ct(t,r):e!=null&&Number.isFinite(e)&&e>0?H(e/1e3,"metres",r,2):"—"}function ur(t,e,r=!0,i=new Date){if(!t)return"—";const n=new Date(t);if(Number.isNaN(n.getTime()))return"—";const s=ne("en",{year:"numeric",timeZone:e.timeZone}),o=s.format(n)===s.format(i);return ne(e.dateLocale,{year:r||!o?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:e.hour12,timeZone:e.timeZone}).format(n)}const Pt={in_progress:"status.in_progress",completed:"status.completed",cancelled:"status.cancelled",error:"status.error",klippy_shutdown:"status.klippy_shutdown",klippy_disconnect:"status.klippy_disconnect",interrupted:"status.interrupted",server_exit:"status.server_exit"};function Tt(t){const e=Pt[t];return e?u(e):t.replace(/_/g," ")}function Mt(t){return t==="completed"?"ok":t==="cancelled"?"warn":t==="in_progress"?"active":"error"}function hr(t){return b`<span class=${`chip status-${Mt(t)}`}>${Tt(t)}</span>`}function oe(t,e){if(!e)return-t.getTimezoneOffset()*6e4;const r=ne("en-US",{timeZone:e,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(t),i=s=>Number(r.find(o=>o.type===s)?.value??0);return Date.UTC(i("year"),i("month")-1,i("day"),i("hour"),i("minute"),i("second"))-Math.floor(t.getTime()/1e3)*1e3}function Ht(t,e,r){const i=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t.trim());if(!i)return;const n=/^(\d{2}):(\d{2})$/.exec((e??"00:00").trim());if(!n)return;const[s,o,a,l,h]=[i[1],i[2],i[3],n[1],n[2]].map(Number),d=Date.UTC(s,o-1,a,l,h),c=new Date(d);if(Number.isNaN(d)||c.getUTCMonth()!==o-1||c.getUTCDate()!==a||l>23||h>59)return;let f=d-oe(new Date(d),r);return f=d-oe(new Date(f),r),new Date(f).toISOString()}function Nt(t,e){return new Date(t.getTime()+oe(t,e)).toISOString().slice(0,10)}function pr(t){if(!t)return;const e=t.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(e)||/^#?[0-9a-fA-F]{3}$/.test(e)?e.startsWith("#")?e:`#${e}`:void 0}function fr(t){const e=new Set;for(const r of t.split(/[,;]/)){const i=r.trim();i&&e.add(i)}return[...e]}const Ut=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function ze(t){return t.replace(Ut,e=>`[U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}]`)}function Ot(t){return b`<bdi class="fname" dir="auto">${ze(t)}</bdi>`}const Ze=[{id:"7d",days:7},{id:"30d",days:30},{id:"90d",days:90},{id:"365d",days:365},{id:"all",days:0}];function mr(t){return u(`period.${t}`)}function br(t){return Ze.some(e=>e.id===t)}function _r(t,e,r,i){const n={};e.length&&(n.printer_ids=[...e]);const s=Ze.find(o=>o.id===t);if(s&&s.days>0){const o=new Date(r.getTime()-(s.days-1)*864e5),a=Ht(Nt(o,i),"00:00",i);a&&(n.since=a)}return n}function gr(t){switch(t){case"7d":case"30d":return"day";case"90d":return"week";default:return"month"}}function Rt(t){const e=/^(\d{4})-W(\d{2})$/.exec(t);if(e){const s=Date.UTC(Number(e[1]),0,4);return(s-(new Date(s).getUTCDay()+6)%7*864e5+(Number(e[2])-1)*7*864e5)/1e3}const r=/^(\d{4})-(\d{2})$/.exec(t);if(r)return Date.UTC(Number(r[1]),Number(r[2])-1,1)/1e3;const i=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(i)return Date.UTC(Number(i[1]),Number(i[2])-1,Number(i[3]))/1e3;const n=Date.parse(t);return Number.isNaN(n)?Number.NaN:n/1e3}function yr(t){const e=t.map(r=>[Rt(r.bucket),Number(r.value)||0]).filter(([r])=>Number.isFinite(r)).sort((r,i)=>r[0]-i[0]);return[e.map(r=>r[0]),e.map(r=>r[1])]}function vr(t,e,r){const i=new Date(t*1e3);return new Intl.DateTimeFormat(r,e==="year"?{year:"numeric",timeZone:"UTC"}:e==="month"?{month:"short",year:"numeric",timeZone:"UTC"}:{month:"short",day:"numeric",timeZone:"UTC"}).format(i)}function $r(t,e){if(t.length<=e)return[...t];const r=Math.ceil(t.length/Math.max(e,1));return t.filter((i,n)=>n%r===0)}function wr(t){return t==="day"?86400:t==="week"?7*86400:t==="month"?30*86400:365*86400}const Vt=3600,z=t=>({n:t,unit:"minutes"}),y=t=>({n:t,unit:"hours"}),Me=t=>t.n*(t.unit==="hours"?Vt:60),Ar=[[void 0,z(15)],[z(15),z(30)],[z(30),y(1)],[y(1),y(2)],[y(2),y(4)],[y(4),y(8)],[y(8),y(16)],[y(16),void 0]].map(([t,e])=>({from:t,to:e,min:t?Me(t):0,max:e?Me(e)-.001:void 0}));function xr(t,e){const r=o=>H(o.n,o.unit,e),{from:i,to:n}=t;if(!i)return n?u("unit.under",{limit:r(n)}):"";if(!n)return u("unit.at_least",{limit:r(i)});const s=i.unit===n.unit?v(i.n,e):r(i);return u("unit.range",{from:s,to:r(n)})}function kr(t){const e=new Intl.DateTimeFormat(t,{weekday:"short",timeZone:"UTC"});return Array.from({length:7},(r,i)=>e.format(new Date(Date.UTC(2024,0,1+i))))}function Sr(t){return Array.from({length:7},(e,r)=>(t+r)%7)}function Er(t){const e=Array.from({length:7},()=>new Array(24).fill(0));for(const r of t){const i=r.key;typeof i!="number"||!Number.isInteger(i)||i<0||i>=168||(e[Math.floor(i/24)][i%24]=r.jobs)}return e}function jr(t){let e=0;for(const r of t)for(const i of r)i>e&&(e=i);return e}function Cr(t,e,r){const i=[...t].sort((a,l)=>(l[e]??0)-(a[e]??0));if(i.length<=r)return i;const n=i.slice(0,r-1),s=i.slice(r-1),o={key:"__other__",label:u("common.other_n",{n:s.length}),jobs:s.reduce((a,l)=>a+l.jobs,0),hours:s.reduce((a,l)=>a+l.hours,0),filament_g:s.reduce((a,l)=>a+l.filament_g,0),success_rate:null};return[...n,o]}const Z="print_logger";function Dt(t){const e={};for(const[r,i]of Object.entries(t))i==null||i===""||Array.isArray(i)&&i.length===0||(e[r]=i);return e}function Lr(t){if(t&&typeof t=="object"){const e=t.errors;if(e&&typeof e=="object")return Object.fromEntries(Object.entries(e).filter(r=>typeof r[1]=="string"))}return{}}function Ft(t){if(t&&typeof t=="object"){const e=t.translation_key;if(typeof e=="string")return e}}function He(t){if(t&&typeof t=="object"){const e=t;if(typeof e.message=="string"&&e.message)return e.message;if(typeof e.error=="string"&&e.error)return e.error;if(typeof e.code=="string"&&e.code)return e.code}return typeof t=="string"?t:u("common.unknown_error")}class Pr{constructor(e){this.hass=e}call(e,r={}){return this.hass.callWS({type:`${Z}/${e}`,...Dt(r)})}listPrinters(){return this.call("printers/list")}listJobs(e){return this.call("jobs/list",e)}async getJob(e){return(await this.call("jobs/get",{job_id:e})).job}async createJob(e){return(await this.call("jobs/create",e)).job}async updateJob(e,r){return(await this.hass.callWS({type:`${Z}/jobs/update`,job_id:e,...r})).job}async deleteJobs(e){return(await this.call("jobs/delete",{job_ids:e})).deleted}listFiles(e){return this.call("files/list",e)}getFile(e){return this.call("files/get",{file_id:e})}startPrint(e,r,i=!1,n=!1){return this.call("print/start",{printer_id:e,filename:r,copy:i,confirm:n})}limits(){return this.call("limits")}summary(e){return this.call("analytics/summary",e)}timeseries(e,r,i){return this.call("analytics/timeseries",{...e,bucket:r,metric:i})}breakdown(e,r){return this.call("analytics/breakdown",{...e,by:r})}subscribe(e){return this.hass.connection.subscribeMessage(e,{type:`${Z}/subscribe`})}async thumbnail(e){const r=`/api/${Z}/jobs/${encodeURIComponent(e)}/thumbnail`;let i;if(this.hass.fetchWithAuth)i=await this.hass.fetchWithAuth(r);else{const n=this.hass.auth?.data?.access_token,s=this.hass.auth?.data?.hassUrl??"";i=await fetch(s+r,{headers:n?{Authorization:`Bearer ${n}`}:{}})}if(i.status===404)return null;if(!i.ok)throw new Error(`thumbnail: HTTP ${i.status}`);return i.blob()}}class Tr{get active(){return this.pending!==void 0}start(e,r,i){this.stop(),this.pending=e.subscribe(r).catch(n=>{i?.(n)})}stop(){const e=this.pending;this.pending=void 0,e?.then(r=>r?.()).catch(()=>{})}}function We(t,e){customElements.get(t)||customElements.define(t,e)}function ae(t,e,r){t.dispatchEvent(new CustomEvent(e,{detail:r,bubbles:!0,composed:!0}))}function Mr(t,e){return[{id:"jobs",label:u("kpi.jobs"),value:v(t.jobs,e),sub:u("kpi.jobs_sub",{completed:v(t.completed,e),failed:v(t.failed,e),cancelled:v(t.cancelled,e)})},{id:"success_rate",label:u("kpi.success_rate"),value:Et(t.success_rate,e),sub:t.in_progress?u("kpi.printing_now",{count:t.in_progress,n:v(t.in_progress,e)}):void 0},{id:"print_hours",label:u("kpi.print_time"),value:H(t.print_hours,"hours",e,1),sub:t.avg_print_hours!==null&&t.avg_print_hours!==void 0?u("kpi.hours_per_job",{hours:v(t.avg_print_hours,e,2)}):void 0},{id:"filament",label:u("kpi.filament"),value:Lt(t.filament_g,t.filament_mm,e),sub:t.filament_mm?H(t.filament_mm/1e3,"metres",e,1):void 0},{id:"cost",label:u("kpi.cost"),value:jt(t.cost,e)}]}var Hr="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Nr="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Ur="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",It="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",Or="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Rr="M4 4V22H20V24H4C2.9 24 2 23.1 2 22V4H4M15 7H20.5L15 1.5V7M8 0H16L22 6V18C22 19.11 21.11 20 20 20H8C6.89 20 6 19.1 6 18V2C6 .89 6.89 0 8 0M17 16V14H8V16H17M20 12V10H8V12H20Z",Vr="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Dr="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Fr="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Ir="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",Br="M19,6A1,1 0 0,0 20,5A1,1 0 0,0 19,4A1,1 0 0,0 18,5A1,1 0 0,0 19,6M19,2A3,3 0 0,1 22,5V11H18V7H6V11H2V5A3,3 0 0,1 5,2H19M18,18.25C18,18.63 17.79,18.96 17.47,19.13L12.57,21.82C12.4,21.94 12.21,22 12,22C11.79,22 11.59,21.94 11.43,21.82L6.53,19.13C6.21,18.96 6,18.63 6,18.25V13C6,12.62 6.21,12.29 6.53,12.12L11.43,9.68C11.59,9.56 11.79,9.5 12,9.5C12.21,9.5 12.4,9.56 12.57,9.68L17.47,12.12C17.79,12.29 18,12.62 18,13V18.25M12,11.65L9.04,13L12,14.6L14.96,13L12,11.65M8,17.66L11,19.29V16.33L8,14.71V17.66M16,17.66V14.71L13,16.33V19.29L16,17.66Z",zr="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",Zr="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",Wr="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",qr="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z";function Bt(t,e){return e?b`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${e}><path d=${t}></path></svg>`:b`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${t}></path></svg>`}const qe=Y`
  :host {
    --pl-ok: var(--success-color, #43a047);
    --pl-warn: var(--warning-color, #ffa600);
    --pl-error: var(--error-color, #db4437);
    --pl-active: var(--info-color, #039be5);
    --pl-radius: var(--ha-card-border-radius, 12px);
    --pl-border: 1px solid var(--divider-color, rgba(0, 0, 0, 0.12));
    --pl-surface: var(--card-background-color, var(--ha-card-background, #fff));
    --pl-muted: var(--secondary-text-color, #727272);
    color: var(--primary-text-color, #212121);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    background: var(--pl-surface);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 6px 8px;
    min-height: 36px;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 64px;
    width: 100%;
  }
  :focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 14px;
    border-radius: 18px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
    white-space: nowrap;
  }
  .btn.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  .btn.danger {
    border-color: var(--pl-error);
    color: var(--pl-error);
  }
  .btn.danger.primary {
    background: var(--pl-error);
    color: #fff;
  }
  .btn[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .icon-btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: none;
    background: transparent;
    color: inherit;
    cursor: pointer;
    padding: 0;
  }
  .icon-btn:hover,
  .btn:hover {
    background-color: rgba(127, 127, 127, 0.12);
  }
  .btn.primary:hover {
    filter: brightness(1.08);
    background: var(--primary-color, #03a9f4);
  }
  svg.icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }
  .card {
    background: var(--pl-surface);
    border-radius: var(--pl-radius);
    box-shadow: var(--ha-card-box-shadow, none);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
  }
  .muted {
    color: var(--pl-muted);
  }
  .chip {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 10px;
    font-size: 0.85em;
    line-height: 1.4;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .status-ok {
    color: var(--pl-ok);
  }
  .status-warn {
    color: var(--pl-warn);
  }
  .status-error {
    color: var(--pl-error);
  }
  .status-active {
    color: var(--pl-active);
  }
  .tag {
    display: inline-block;
    padding: 1px 8px;
    margin: 1px 2px 1px 0;
    border-radius: 10px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.15));
    font-size: 0.85em;
  }
  .error-banner {
    padding: 10px 14px;
    border-radius: 8px;
    border: 1px solid var(--pl-error);
    color: var(--pl-error);
    display: flex;
    gap: 12px;
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    vertical-align: middle;
  }
`;var zt=Object.defineProperty,I=(t,e,r,i)=>{for(var n=void 0,s=t.length-1,o;s>=0;s--)(o=t[s])&&(n=o(e,r,n)||n);return n&&zt(e,r,n),n};const me=class me extends T{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return b`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${u("common.close")} @click=${this.close}>${Bt(It)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${e=>this.hasActions=e.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(e){!e.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=Zt(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(e){e.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,ae(this,"closed")}};me.styles=[qe,Y`
      dialog {
        border: none;
        padding: 0;
        border-radius: var(--ha-dialog-border-radius, 16px);
        background: var(--mdc-theme-surface, var(--card-background-color, #fff));
        color: var(--primary-text-color);
        width: min(560px, calc(100vw - 24px));
        max-height: calc(100vh - 48px);
        box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
      }
      dialog.wide {
        width: min(960px, calc(100vw - 24px));
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      .frame {
        display: flex;
        flex-direction: column;
        max-height: calc(100vh - 48px);
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 12px 8px 8px 20px;
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.25rem;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      .content {
        padding: 0 20px 12px;
        overflow: auto;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 8px;
        padding: 12px 20px 16px;
        border-top: var(--pl-border);
      }
      footer:not(.has-actions) {
        display: none;
      }
      @media (max-width: 600px) {
        dialog,
        dialog.wide {
          width: 100vw;
          max-width: 100vw;
          height: 100%;
          max-height: 100%;
          border-radius: 0;
        }
        .frame {
          max-height: 100%;
          height: 100%;
        }
        .content {
          flex: 1;
        }
      }
    `];let A=me;I([x()],A.prototype,"heading");I([x({type:Boolean,reflect:!0})],A.prototype,"open");I([x({type:Boolean})],A.prototype,"wide");I([vt("dialog")],A.prototype,"dialog");I([L()],A.prototype,"hasActions");function Zt(){let t=document.activeElement;for(;t?.shadowRoot?.activeElement;)t=t.shadowRoot.activeElement;return t}We("pl-dialog",A);var Wt=Object.defineProperty,$=(t,e,r,i)=>{for(var n=void 0,s=t.length-1,o;s>=0;s--)(o=t[s])&&(n=o(e,r,n)||n);return n&&Wt(e,r,n),n};const qt={copy_needed:"copy",model_mismatch:"confirm"},be=class be extends T{constructor(){super(...arguments),this.printers=[],this.filename="",this.printerId="",this.chosen="",this.busy=!1,this.message="",this.answers={copy:!1,confirm:!1},this.started=""}willUpdate(e){if(e.has("filename")||e.has("printerId")||!this.printers.some(r=>r.id===this.chosen)){const r=this.printers.some(i=>i.id===this.printerId);this.chosen=r?this.printerId:this.printers[0]?.id??""}}reset(){this.message="",this.question=void 0,this.answers={copy:!1,confirm:!1},this.started=""}close(){this.reset(),ae(this,"reprint-closed")}async submit(e){if(!(!this.api||!this.chosen)){e&&(this.answers={...this.answers,[e]:!0}),this.busy=!0,this.message="",this.question=void 0;try{const r=await this.api.startPrint(this.chosen,this.filename,this.answers.copy,this.answers.confirm),i=this.printers.find(s=>s.id===r.printer_id)?.name??r.printer_id,n=this.printers.find(s=>s.id===r.copied_from)?.name??r.copied_from;this.started=n?u("reprint.started_copied",{printer:i,source:n}):u("reprint.started",{printer:i}),ae(this,"print-started",r)}catch(r){const i=Ft(r);this.question=i?qt[i]:void 0,this.message=i?u(`reprint.reason.${i}`,{error:He(r)}):He(r)}finally{this.busy=!1}}}render(){const e=!!this.filename;return b`<pl-dialog .heading=${u("reprint.heading")} .open=${e} @closed=${()=>this.close()}>
      ${e?b`<p>${Ot(this.filename)}</p>
            <label
              >${u("common.printer")}
              <select
                .value=${this.chosen}
                ?disabled=${this.busy||!!this.started}
                @change=${r=>{this.chosen=r.target.value,this.reset()}}
              >
                ${this.printers.map(r=>b`<option value=${r.id} ?selected=${r.id===this.chosen}>${r.name}</option>`)}
              </select></label
            >
            ${this.message?b`<p class=${this.question?"question":"status-error"} role="alert">${this.message}</p>`:p}
            ${this.started?b`<p class="done" role="status">${this.started}</p>`:p}`:p}
      <button slot="actions" class="btn" @click=${()=>this.close()}>
        ${u(this.started?"common.close":"common.cancel")}
      </button>
      ${this.started?p:this.question?b`<button slot="actions" class="btn primary" ?disabled=${this.busy} @click=${()=>this.submit(this.question)}>
              ${u(this.question==="copy"?"reprint.copy_and_print":"reprint.print_anyway")}
            </button>`:b`<button slot="actions" class="btn primary" ?disabled=${this.busy||!this.chosen} @click=${()=>this.submit()}>
              ${u("reprint.print")}
            </button>`}
    </pl-dialog>`}};be.styles=[qe,Y`
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
        margin: 12px 0;
      }
      .question {
        color: var(--pl-warn);
      }
      .done {
        color: var(--pl-ok);
      }
    `];let _=be;$([x({attribute:!1})],_.prototype,"api");$([x({attribute:!1})],_.prototype,"printers");$([x()],_.prototype,"filename");$([x()],_.prototype,"printerId");$([L()],_.prototype,"chosen");$([L()],_.prototype,"busy");$([L()],_.prototype,"message");$([L()],_.prototype,"question");$([L()],_.prototype,"answers");$([L()],_.prototype,"started");We("pl-reprint-dialog",_);function Jr(t){const e=t.current_job;return e?e.estimated_time&&e.estimated_time>0?Math.max(e.estimated_time-e.print_duration,0):e.progress>.01&&e.print_duration>0?e.print_duration*(1/e.progress-1):null:null}const Jt=["standby","printing","paused","complete","cancelled","error"];function Kr(t){if(!t.online)return u("printer.offline");const e=t.print_state||"standby",r=`printer.${e}`;return Jt.includes(e)?u(r):e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g," ")}function Yr(t,e){if(e.type==="printer")return t.some(i=>i.id===e.printer.id)?t.map(i=>i.id===e.printer.id?e.printer:i):[...t,e.printer];if(e.type==="job_changed"){const r=e.job;return t.map(i=>i.id!==r.printer_id?i:r.status==="in_progress"?{...i,current_job:r}:i.current_job?.id===r.id?{...i,current_job:null}:i)}return t}const Kt={ATTRIBUTE:1,CHILD:2},Yt=t=>(...e)=>({_$litDirective$:t,values:e});let Gt=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,r,i){this._$Ct=e,this._$AM=r,this._$Ci=i}_$AS(e,r){return this.update(e,r)}update(e,r){return this.render(...r)}};const Je="important",Qt=" !"+Je,Xt=Yt(class extends Gt{constructor(t){if(super(t),t.type!==Kt.ATTRIBUTE||t.name!=="style"||t.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(t){return Object.keys(t).reduce((e,r)=>{const i=t[r];return i==null?e:e+`${r=r.includes("-")?r:r.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${i};`},"")}update(t,[e]){const{style:r}=t.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(e)),this.render(e);for(const i of this.ft)e[i]==null&&(this.ft.delete(i),i.includes("-")?r.removeProperty(i):r[i]=null);for(const i in e){const n=e[i];if(n!=null){this.ft.add(i);const s=typeof n=="string"&&n.endsWith(Qt);i.includes("-")||s?r.setProperty(i,s?n.slice(0,-11):n,s?Je:""):r[i]=n}}return C}});function er(t){return Math.round(t.progress*100)}function Qr(t){return b`<div
    class="progress"
    role="progressbar"
    aria-label=${u("live.progress_of",{file:ze(t.filename)})}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${er(t)}
  >
    <div style=${Xt({width:`${Math.round(t.progress*1e3)/10}%`})}></div>
  </div>`}const Xr=Y`
  .progress {
    height: 6px;
    border-radius: 3px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--primary-color, #03a9f4);
  }
`;export{Sr as $,p as A,mr as B,Mr as C,x as D,L as E,ae as F,We as G,or as H,lr as I,ir as J,Yt as K,Tr as L,Gt as M,Et as N,v as O,Ze as P,Ct as Q,H as R,pr as S,Xt as T,Ke as U,vt as V,vr as W,$r as X,wr as Y,jr as Z,kr as _,T as a,Er as a0,Ar as a1,xr as a2,gr as a3,zr as a4,Cr as a5,Tt as a6,yr as a7,Lr as a8,Ht as a9,fr as aa,Vr as ab,Or as ac,Ir as ad,Kt as ae,C as af,Nr as ag,Ur as ah,Fr as ai,Zr as aj,Wr as ak,jt as al,Nt as am,Dr as an,qr as ao,Rr as ap,Hr as aq,u as b,qe as c,Y as d,sr as e,cr as f,Pr as g,_r as h,br as i,He as j,Yr as k,ar as l,b as m,Kr as n,Ot as o,Xr as p,er as q,Jr as r,ze as s,Qr as t,dr as u,hr as v,ur as w,Lt as x,Bt as y,Br as z};
/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2018 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
